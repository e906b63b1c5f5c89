package fr.passerelle.shared.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Signed download links ({@code passerelle.download-links.*}).
 *
 * @param secret   the HMAC key links are signed with, at least 32 bytes, the same on every instance; blank: dev keeps
 *                 one in its data directory, production makes one per process (links then die with it)
 * @param lifetime how long a link opens its document, at most an hour (default 5 minutes)
 */
@ConfigurationProperties("passerelle.download-links")
record DownloadLinkSettings(String secret, Duration lifetime) {

    DownloadLinkSettings {
        secret = secret == null || secret.isBlank() ? null : secret.strip();
        lifetime = lifetime == null ? Duration.ofMinutes(5) : lifetime;
    }
}
