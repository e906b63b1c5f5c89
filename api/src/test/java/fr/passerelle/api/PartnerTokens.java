package fr.passerelle.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A partner system asking the dev issuer's token endpoint for a token by client credentials (HTTP Basic). */
final class PartnerTokens {

    private PartnerTokens() {
    }

    /** @param scope the scopes asked for, space-separated; null asks for all the client holds */
    static GraphQlHttp.Reply byClientCredentials(GraphQlHttp api, int port, String clientId, String secret,
                                                 String scope) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        String form = "grant_type=client_credentials"
                + (scope == null ? "" : "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8));
        return api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }
}
