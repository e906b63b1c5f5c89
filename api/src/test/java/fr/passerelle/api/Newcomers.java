package fr.passerelle.api;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;

/**
 * People who are not demo personas: a fresh subject and verified e-mail each, with an access token signed by the dev
 * issuer's own key (so it passes the same validation as the personas' tokens). A test that counts someone's
 * notifications uses one, so no other test's late effects can land in that person's inbox.
 */
final class Newcomers {

    /** Someone signed in with a verified e-mail and no platform role. */
    record Person(String subject, String email, String token) {
    }

    private final JWKSource<SecurityContext> devSigningKey;

    Newcomers(JWKSource<SecurityContext> devSigningKey) {
        this.devSigningKey = devSigningKey;
    }

    Person newcomer() {
        String id = UUID.randomUUID().toString();
        String email = "newcomer-" + id + "@example.test";
        String subject = "newcomer-" + id;
        return new Person(subject, email, sign(subject, email, Instant.now().plus(Duration.ofHours(1))));
    }

    /** A newcomer whose token expires after this short while. */
    Person newcomerWhoseTokenExpiresIn(Duration lifetime) {
        Person person = newcomer();
        return new Person(person.subject(), person.email(), sign(person.subject(), person.email(), Instant.now().plus(lifetime)));
    }

    /** A token that was valid for someone but expired ten minutes ago (beyond any clock-skew allowance). */
    String expiredToken() {
        return sign("newcomer-" + UUID.randomUUID(), null, Instant.now().minus(Duration.ofMinutes(10)));
    }

    private String sign(String subject, String email, Instant expiresAt) {
        var claims = JwtClaimsSet.builder()
                .subject(subject)
                .audience(List.of("passerelle-api"))
                .issuedAt(expiresAt.minus(Duration.ofHours(1)))
                .expiresAt(expiresAt)
                .claim("client_id", "e2e-tests")
                .claim("roles", List.of());
        if (email != null) {
            claims.claim("email", email).claim("email_verified", true);
        }
        return new NimbusJwtEncoder(devSigningKey)
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
                .getTokenValue();
    }
}
