package fr.passerelle.api.dev;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import fr.passerelle.membership.model.PlatformRole;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Access tokens for anyone, signed with the dev issuer's key: the same claims an identity provider gives a person
 * who signed in with a verified e-mail (subject, name, e-mail, roles, the API's audience). Dev mode only.
 */
public final class DevTokens {

    /** The {@code client_id} claim of these tokens, which the audit trail records. */
    static final String CLIENT_ID = "dev-tokens";

    private final NimbusJwtEncoder encoder;
    private final String audience;
    private final String rolesClaim;

    public DevTokens(JWKSource<SecurityContext> signingKey, String audience, String rolesClaim) {
        this.encoder = new NimbusJwtEncoder(signingKey);
        this.audience = audience;
        this.rolesClaim = rolesClaim;
    }

    /**
     * The subject a person signing in with this e-mail gets: the same on every call and across restarts, so a
     * developer who asks twice is the same person.
     */
    public static String subjectOf(String email) {
        return "dev-" + UUID.nameUUIDFromBytes(email.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A partner client's token (client-credentials grant): the client is its subject and its {@code client_id}; its
     * scopes and organisation are in it, as Keycloak's service-account tokens carry them (README, "Partner
     * clients"). The API trusts neither blindly: it reads the client's status and scopes from its own data.
     */
    public String issueForClient(String clientId, Collection<String> scopes, String organisation, Instant issuedAt,
                                 Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject(clientId)
                .audience(List.of(audience))
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .claim("client_id", clientId)
                .claim("scope", String.join(" ", scopes))
                .claim("organisation", organisation)
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    /**
     * @param email a verified e-mail, or null for a token without one
     * @param name  the display name, or null
     */
    public String issue(String subject, String email, String name, Collection<PlatformRole> roles,
                        Instant issuedAt, Instant expiresAt) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .subject(subject)
                .audience(List.of(audience))
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .claim("client_id", CLIENT_ID)
                .claim(rolesClaim, roles.stream().map(Enum::name).sorted().toList());
        if (email != null) {
            claims.claim("email", email).claim("email_verified", true);
        }
        if (name != null) {
            claims.claim("name", name);
        }
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                claims.build())).getTokenValue();
    }
}
