package fr.passerelle.bench.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the running application over HTTP, as a demo persona: its token comes from the dev issuer's token
 * endpoint (client credentials, as README shows), and every call is a POST to {@code /graphql}. HTTP/1.1 with
 * keep-alive, as a browser or a server-side client would talk to Tomcat.
 */
public final class GraphQlClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;
    private final String token;
    private final String authorization;

    GraphQlClient(int port, String persona) {
        this.endpoint = URI.create("http://localhost:" + port + "/graphql");
        this.token = token(port, persona);
        this.authorization = "Bearer " + token;
    }

    /**
     * The claims of this client's token (its payload, not verified: the issuer is the application's own), for a
     * baseline that answers the same caller without a token.
     */
    public JsonNode tokenClaims() {
        String payload = token.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    /** A request built once and sent as often as needed, so the client's own work stays out of the timings. */
    public Request request(String document, Map<String, ?> variables) {
        String body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
        return new Request(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Sends a request once and returns its {@code data}. */
    public JsonNode query(String document, Map<String, ?> variables) {
        return JSON.readTree(request(document, variables).send()).get("data");
    }

    private String token(int port, String persona) {
        String basic = Base64.getEncoder().encodeToString(
                (persona + ":" + persona + "-secret").getBytes(StandardCharsets.UTF_8));
        String body = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build());
        return JSON.readTree(body).get("access_token").asString();
    }

    /** The body of a 200 answer; any other status fails. */
    private String send(HttpRequest request) {
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One prepared GraphQL request. */
    public final class Request {

        private final HttpRequest request;

        private Request(HttpRequest request) {
            this.request = request;
        }

        /**
         * Sends it and returns the response body; a GraphQL error fails, so a refused or broken request is never
         * counted as served.
         */
        public String send() {
            String body = GraphQlClient.this.send(request);
            if (hasErrors(body)) {
                throw new IllegalStateException("GraphQL errors: " + body);
            }
            return body;
        }

        /** Whether the application refuses it: an error status, or errors in the answer. */
        public boolean refused() {
            HttpResponse<String> response = exchange(request);
            return response.statusCode() != 200 || hasErrors(response.body());
        }
    }

    /** graphql-java writes {@code errors} first, which keeps the check cheap enough to make on every call. */
    private static boolean hasErrors(String body) {
        return body.startsWith("{\"errors\"");
    }
}
