package fr.passerelle.agreement.seal;

import fr.passerelle.shared.persistence.MongoSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The platform's seal: configured ({@code PASSERELLE_SEAL_KEY_STORE}); in dev, generated once and kept in the data
 * directory ({@value #DEV_FILE}) so that documents sealed before a restart keep the same certificate; otherwise one per
 * process, said in the log.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SealSettings.class)
class SealConfiguration {

    static final String DEV_FILE = "document-seal.p12";
    private static final Logger log = LoggerFactory.getLogger(SealConfiguration.class);

    @Bean
    DocumentSeal documentSeal(SealSettings settings, MongoSettings store, Environment environment) {
        if (settings.keyStore() != null) {
            return SealKeys.load(settings.keyStorePath(), settings.keyStorePassword().toCharArray(), settings.keyAlias());
        }
        boolean dev = environment.getProperty("passerelle.security.dev-issuer", Boolean.class, false);
        if (dev && !store.inMemory()) {
            return SealKeys.kept(store.dataDir().resolve(DEV_FILE));
        }
        if (!dev) {
            log.warn("No PASSERELLE_SEAL_KEY_STORE: signed originals are sealed with a self-signed key of this process "
                    + "only; configure the platform's seal before issuing documents that must be verified later");
        }
        return SealKeys.selfSigned(dev ? "Passerelle document seal (dev)" : "Passerelle document seal (ephemeral)");
    }
}
