package fr.passerelle.api.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Strict-Transport-Security, sent on answers to requests that came over TLS (behind a TLS-terminating proxy: with
 * {@code server.forward-headers-strategy=native}, which reads {@code X-Forwarded-Proto}).
 *
 * @param maxAge how long browsers keep to HTTPS; zero turns the header off
 * @param includeSubdomains whether the subdomains of the API's host are covered too
 * @param preload whether to ask browsers' preload lists to include the host
 */
@ConfigurationProperties("passerelle.security.hsts")
public record HstsSettings(Duration maxAge, boolean includeSubdomains, boolean preload) {

    public HstsSettings {
        maxAge = maxAge != null && !maxAge.isNegative() ? maxAge : Duration.ofDays(365);
    }
}
