package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;

/** Authentication, token validation, refusals' bodies and headers, CORS and error masking over HTTP. */
class SecurityTest extends ApiTest {

    private static final String QUERY = "{\"query\":\"{ viewer { subject } }\"}";

    @Autowired
    private JWKSource<SecurityContext> devSigningKey;

    @Test
    void requestsWithoutAValidTokenAreUnauthorized() {
        assertThat(api.postWithToken(null, QUERY).status()).isEqualTo(401);
        assertThat(api.postWithToken("not-a-jwt", QUERY).status()).isEqualTo(401);
    }

    @Test
    void aRefusedRequestSaysSoInItsBodyButNotWhichCheckFailed() {
        var noToken = api.postWithToken(null, QUERY);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.errorClassification()).isEqualTo("UNAUTHORIZED");
        assertThat(noToken.headers().get("www-authenticate")).containsExactly("Bearer");

        var expired = api.postWithToken(signed("passerelle-api", Instant.now().minusSeconds(600)), QUERY);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.errorClassification()).isEqualTo("UNAUTHORIZED");
        assertThat(expired.headers().get("www-authenticate")).containsExactly("Bearer error=\"invalid_token\"");
        assertThat(expired.body()).doesNotContainIgnoringCase("expired at");

        var rest = api.get(RosterUploads.path(SCHOOL_B), Map.of("Authorization", "Bearer not-a-jwt"));
        Problems.assertProblem(rest, 401, "unauthorized");
        assertThat(rest.headers().get("www-authenticate")).containsExactly("Bearer error=\"invalid_token\"");
    }

    @Test
    void tokensWithoutExpiryOrSubjectOrLivingTooLongAreRefused() {
        Instant now = Instant.now();
        assertThat(api.postWithToken(token(claims -> claims.subject("s").issuedAt(now)), QUERY).status())
                .as("no exp").isEqualTo(401);
        assertThat(api.postWithToken(token(claims -> claims.subject("").expiresAt(now.plusSeconds(300))), QUERY).status())
                .as("empty sub").isEqualTo(401);
        assertThat(api.postWithToken(token(claims -> claims.subject("s").issuedAt(now.minusSeconds(60))
                .expiresAt(now.plus(Duration.ofHours(5)))), QUERY).status()).as("exp - iat over 4 h").isEqualTo(401);
        assertThat(api.postWithToken(token(claims -> claims.subject("s").issuedAt(now.minus(Duration.ofHours(5)))
                .expiresAt(now.plusSeconds(300))), QUERY).status()).as("issued 5 h ago").isEqualTo(401);
        assertThat(api.postWithToken(token(claims -> claims.subject("s").expiresAt(now.plus(Duration.ofHours(5)))),
                QUERY).status()).as("no iat, exp 5 h away").isEqualTo(401);
        assertThat(api.postWithToken(token(claims -> claims.subject("s").expiresAt(now.plus(Duration.ofHours(3)))),
                QUERY).status()).as("no iat, exp within the maximum").isEqualTo(200);
    }

    @Test
    void theDevIssuersTokensLiveWithinTheMaximum() throws Exception {
        var claims = com.nimbusds.jwt.SignedJWT.parse(api.token("learner")).getJWTClaimsSet();
        Duration lifetime = Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant());
        assertThat(lifetime).isPositive().isLessThanOrEqualTo(Duration.ofHours(4));
    }

    @Test
    void tokensForAnotherAudienceOrExpiredAreRefused() {
        assertThat(api.postWithToken(signed("passerelle-api", Instant.now().plusSeconds(300)), QUERY).status())
                .as("a well-formed token is accepted").isEqualTo(200);
        assertThat(api.postWithToken(signed("another-api", Instant.now().plusSeconds(300)), QUERY).status()).isEqualTo(401);
        assertThat(api.postWithToken(signed("passerelle-api", Instant.now().minusSeconds(600)), QUERY).status()).isEqualTo(401);
    }

    @Test
    void tenancyComesFromOurDataNotFromTheToken() {
        // A token naming an unknown subject gets no tenant, whatever else it claims.
        var reply = api.postWithToken(signed("passerelle-api", Instant.now().plusSeconds(300)),
                "{\"query\":\"{ viewer { memberships { id } } schools(first: 5) { edges { node { id } } } }\"}");
        assertThat(reply.<List<Object>>read("$.data.viewer.memberships")).isEmpty();
        assertThat(reply.<List<Object>>read("$.data.schools.edges")).isEmpty();
    }

    @Test
    void corsAllowsOnlyTheConfiguredSpaOrigins() {
        var allowed = preflight("http://localhost:5173");
        assertThat(allowed.headers().get("access-control-allow-origin")).containsExactly("http://localhost:5173");
        var refused = preflight("https://evil.example");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.headers()).doesNotContainKey("access-control-allow-origin");
    }

    @Test
    void unexpectedFailuresAreMaskedBehindTheExecutionId() {
        doThrow(new IllegalStateException("secret connection string mongodb://admin:hunter2@db"))
                .when(schoolUseCases).search(ArgumentMatchers.any(), ArgumentMatchers.any(), ArgumentMatchers.any(),
                        ArgumentMatchers.any());
        var reply = api.query("advisor", "{ schools(first: 1) { edges { node { id } } } }");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.errorClassification()).isEqualTo("INTERNAL_ERROR");
        assertThat(reply.errorMessage()).matches("Internal error; quote reference \\S+ to support\\.");
        assertThat(reply.body()).doesNotContain("hunter2").doesNotContain("IllegalStateException").doesNotContain("at fr.");
    }

    private GraphQlHttp.Reply preflight(String origin) {
        return api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type"));
    }

    /** A token signed with the dev issuer's own key, for this API, with the claims the test sets. */
    private String token(Consumer<JwtClaimsSet.Builder> claims) {
        var builder = JwtClaimsSet.builder().audience(List.of("passerelle-api")).claim("roles", List.of());
        claims.accept(builder);
        return new NimbusJwtEncoder(devSigningKey)
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), builder.build()))
                .getTokenValue();
    }

    /** A token signed with the dev issuer's own key, for a stranger subject, with the given audience and expiry. */
    private String signed(String audience, Instant expiresAt) {
        var claims = JwtClaimsSet.builder()
                .subject("stranger-subject")
                .audience(List.of(audience))
                .issuedAt(expiresAt.minusSeconds(900))
                .expiresAt(expiresAt)
                .claim("roles", List.of())
                .build();
        return new NimbusJwtEncoder(devSigningKey)
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }
}
