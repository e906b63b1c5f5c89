package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The security headers on every kind of answer: data, errors, anonymous pages, and GraphiQL's page in dev. */
class SecurityHeadersTest extends ApiTest {

    private static final String API_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Test
    void dataAndErrorAnswersForbidEverythingToABrowser() {
        var data = api.query("advisor", "{ viewer { subject } }");
        var unauthorized = api.postWithToken(null, "{\"query\":\"{ viewer { subject } }\"}");
        var notFound = api.get("/evaluation-forms/unknown", Map.of());
        var errorPage = api.get("/no-such-page", Map.of("Accept", "text/html", "Authorization",
                "Bearer " + api.token("advisor")));

        for (var reply : List.of(data, unauthorized, notFound, errorPage)) {
            assertThat(reply.headers().get("content-security-policy")).as(reply.toString()).containsExactly(API_POLICY);
            assertThat(reply.headers().get("referrer-policy")).as(reply.toString()).containsExactly("no-referrer");
            assertThat(reply.headers()).as("HSTS only over TLS").doesNotContainKey("strict-transport-security");
        }
    }

    @Test
    void graphiqlLoadsItsOwnScriptsOnly() {
        var page = api.get("/graphiql?path=/graphql", Map.of("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(200);
        String policy = page.headers().get("content-security-policy").get(0);
        assertThat(policy).startsWith("default-src 'none'; script-src 'self';").contains("connect-src 'self'")
                .doesNotContain("'unsafe-eval'").doesNotContain("script-src 'unsafe-inline'").doesNotContain("https:");
        assertThat(page.body()).as("served by the application, no CDN").doesNotContain("https://")
                .doesNotContain("<script>");
        assertThat(page.headers().get("referrer-policy")).containsExactly("no-referrer");
    }
}
