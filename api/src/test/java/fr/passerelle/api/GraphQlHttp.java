package fr.passerelle.api;

import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client of the running API: gets persona tokens from the dev issuer's token endpoint (client
 * credentials, as README shows) and posts GraphQL documents with them.
 */
public final class GraphQlHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Tomcat reads a body in buffers of 8 KB: more may still be on its way when an early answer is sent. */
    private static final long LARGE_BODY = 8 * 1024;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public GraphQlHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A token for a demo persona (client id = persona, secret = persona + "-secret"), cached. */
    public String token(String persona) {
        return tokens.computeIfAbsent(persona, p -> {
            String basic = Base64.getEncoder().encodeToString((p + ":" + p + "-secret").getBytes(StandardCharsets.UTF_8));
            Reply reply = send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
            if (reply.status() != 200) {
                throw new IllegalStateException("No token for " + p + ": " + reply);
            }
            return reply.read("$.access_token");
        });
    }

    public Reply query(String persona, String document) {
        return query(persona, document, Map.of());
    }

    public Reply query(String persona, String document, Map<String, Object> variables) {
        return postWithToken(token(persona), JSON.writeValueAsString(Map.of("query", document, "variables", variables)));
    }

    /** Posts a document with a token obtained elsewhere (e.g. signed by a test for a person who is not a persona). */
    public Reply queryWithToken(String token, String document, Map<String, Object> variables) {
        return postWithToken(token, JSON.writeValueAsString(Map.of("query", document, "variables", variables)));
    }

    /** GETs a path as a demo persona. */
    public Reply getAs(String persona, String path) {
        return get(path, Map.of("Authorization", "Bearer " + token(persona)));
    }

    /** Posts a document as a persona with more headers, such as {@code Accept-Language}. */
    public Reply query(String persona, String document, Map<String, Object> variables, Map<String, String> headers) {
        return queryWithToken(token(persona), document, variables, headers);
    }

    /** Posts a document with a token and more headers ({@code Accept-Language}, say). */
    public Reply queryWithToken(String token, String document, Map<String, Object> variables,
                                Map<String, String> headers) {
        return postWithToken(token, JSON.writeValueAsString(Map.of("query", document, "variables", variables)), headers);
    }

    public Reply postWithToken(String token, String body) {
        return postWithToken(token, body, Map.of());
    }

    private Reply postWithToken(String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    public Reply get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** The application's address for {@code path}. */
    public URI url(String path) {
        return URI.create(base + path);
    }

    public Reply send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response.headers().map());
    }

    /** Sends a request and reads its body with this handler (bytes for a PDF, say). */
    public <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(askingToContinue(request.build()), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A body larger than the server reads at once is sent after {@code 100 Continue}, as README asks of clients: the
     * server answers a body it refuses unread (over a size limit) at once and closes the connection rather than read
     * the rest, and a client still writing then may see the connection reset instead of the answer.
     */
    private static HttpRequest askingToContinue(HttpRequest request) {
        boolean large = request.bodyPublisher().map(publisher -> publisher.contentLength() > LARGE_BODY).orElse(false);
        return large ? HttpRequest.newBuilder(request, (name, value) -> true).expectContinue(true).build() : request;
    }

    /** An HTTP response with JSON-path access to its body. */
    public record Reply(int status, String body, Map<String, java.util.List<String>> headers) {

        public <T> T read(String path) {
            return JsonPath.read(body, path);
        }

        /** The value at the path, or null when absent. */
        public <T> T find(String path) {
            try {
                return JsonPath.read(body, path);
            } catch (PathNotFoundException e) {
                return null;
            }
        }

        /** The classification of the first top-level error, or null when there is none. */
        public String errorClassification() {
            return find("$.errors[0].extensions.classification");
        }

        public String errorMessage() {
            return find("$.errors[0].message");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
