package fr.passerelle.api.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How callers are authenticated.
 *
 * @param issuerUri the OAuth2 issuer whose tokens are accepted (production); its {@code iss} is checked
 * @param jwkSetUri where to fetch the issuer's keys, when not discoverable from {@code issuerUri} (e.g. another
 *                  host name inside a container network)
 * @param audience the audience tokens must be issued for
 * @param rolesClaim claim holding platform roles; a dotted path reaches nested claims (Keycloak:
 *                   {@code realm_access.roles})
 * @param devIssuer runs the embedded development issuer instead (never in production)
 * @param keyFetchTimeout connect and read timeout when fetching the issuer's metadata and keys
 * @param corsAllowedOrigins browser origins (the SPA's) allowed to call the API
 * @param maxTokenLifetime longest lifetime an accepted token may have ({@code exp} − {@code iat}, or {@code exp} −
 *                         now without {@code iat}); longer ones are refused
 */
@ConfigurationProperties("passerelle.security")
public record SecuritySettings(String issuerUri, String jwkSetUri, String audience, String rolesClaim,
                               boolean devIssuer, Duration keyFetchTimeout, List<String> corsAllowedOrigins,
                               Duration maxTokenLifetime) {

    public SecuritySettings {
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
        audience = audience == null || audience.isBlank() ? "passerelle-api" : audience;
        keyFetchTimeout = keyFetchTimeout == null ? Duration.ofSeconds(5) : keyFetchTimeout;
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
        maxTokenLifetime = maxTokenLifetime == null ? Duration.ofHours(4) : maxTokenLifetime;
    }
}
