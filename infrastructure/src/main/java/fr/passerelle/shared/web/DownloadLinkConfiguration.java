package fr.passerelle.shared.web;

import fr.passerelle.consent.service.UnsubscribeTokens;
import fr.passerelle.shared.link.DownloadLinkSigner;
import fr.passerelle.shared.persistence.MongoSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The signer of download links and its secret: configured ({@code PASSERELLE_DOWNLOAD_LINKS_SECRET}); in dev, kept
 * in the data directory so that links survive a restart; otherwise one per process, said in the log.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DownloadLinkSettings.class)
class DownloadLinkConfiguration {

    static final String SECRET_FILE = "download-link.secret";
    private static final Logger log = LoggerFactory.getLogger(DownloadLinkConfiguration.class);

    @Bean
    DownloadLinkSigner downloadLinkSigner(DownloadLinkSettings settings, MongoSettings store, Environment environment,
                                          Clock clock) {
        return new DownloadLinkSigner(secret(settings, store, environment), settings.lifetime(), clock);
    }

    /** One-click unsubscribe links are sealed with the same server secret, under a key of their own. */
    @Bean
    UnsubscribeTokens unsubscribeTokens(DownloadLinkSettings settings, MongoSettings store, Environment environment) {
        return new UnsubscribeTokens(secret(settings, store, environment));
    }

    private static byte[] secret(DownloadLinkSettings settings, MongoSettings store, Environment environment) {
        if (settings.secret() != null) {
            return settings.secret().getBytes(StandardCharsets.UTF_8);
        }
        boolean dev = environment.getProperty("passerelle.security.dev-issuer", Boolean.class, false);
        if (dev && !store.inMemory()) {
            return kept(store.dataDir().resolve(SECRET_FILE));
        }
        if (!dev) {
            log.warn("No PASSERELLE_DOWNLOAD_LINKS_SECRET: download links are signed with a secret of this process "
                    + "only, so they stop working when it restarts and on any other instance");
        }
        return random();
    }

    /** The secret in this file, made (readable by its owner only) on the first start. */
    static byte[] kept(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                try {
                    Files.writeString(Files.createFile(file), Base64.getEncoder().encodeToString(random()));
                    restrictToOwner(file);
                } catch (FileAlreadyExistsException anotherStartWroteIt) {
                    // Read what it wrote.
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the download-link secret in " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions apply.
        }
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
