package fr.passerelle.agreement.seal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform's seal ({@code passerelle.seal.*}).
 *
 * @param keyStore         a PKCS#12 file with the seal's private key and certificate chain; null: dev keeps a
 *                         generated one in its data directory, production makes one per process
 * @param keyStorePassword the password of the file and of its key
 * @param keyAlias         the key's alias in the file; blank takes the first key entry
 */
@ConfigurationProperties("passerelle.seal")
record SealSettings(String keyStore, String keyStorePassword, String keyAlias) {

    SealSettings {
        keyStore = keyStore == null || keyStore.isBlank() ? null : keyStore.strip();
        keyStorePassword = keyStorePassword == null ? "" : keyStorePassword;
        keyAlias = keyAlias == null || keyAlias.isBlank() ? null : keyAlias.strip();
    }

    Path keyStorePath() {
        return keyStore == null ? null : Path.of(keyStore);
    }
}
