package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Hostile clients over real sockets, against limits made tiny so the tests stay fast: slow bodies, connection hogs,
 * bodies left unsent after an early answer. Each test speaks for its own client addresses (X-Forwarded-For from the
 * trusted loopback proxy), so the per-address limits of one never touch another.
 */
@TestPropertySource(properties = {
        "passerelle.http.body-deadline=2s",
        "passerelle.http.max-requests-per-address=3",
        // Few workers, so that hogging them would show.
        "server.tomcat.threads.max=6",
        "server.tomcat.threads.min-spare=1",
        "server.forward-headers-strategy=native",
        "passerelle.rate-limit.burst=5",
        "passerelle.rate-limit.requests-per-minute=1"})
class TransportLimitsTest extends ApiTest {

    private static final String VIEWER = "{ viewer { subject } }";

    private final ScheduledExecutorService trickle = Executors.newScheduledThreadPool(2);
    private final List<RawHttpClient> connections = new ArrayList<>();

    @AfterEach
    void closeConnections() {
        trickle.shutdownNow();
        connections.forEach(RawHttpClient::close);
    }

    @Test
    void slowBodiesAreCutAndOneAddressHoldsAtMostItsShareOfWorkers() {
        List<RawHttpClient> slow = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            slow.add(trickling("POST", "/evaluation-forms/some-token", "10.20.0.1"));
        }

        var other = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/evaluation-forms/unknown"))
                .header("X-Forwarded-For", "10.20.0.2").timeout(Duration.ofSeconds(RawHttpClient.PATIENCE_MS / 1000)));
        assertThat(other.status()).as("another client is served meanwhile").isEqualTo(404);

        List<Integer> statuses = slow.stream().map(connection -> connection.readHead().status()).toList();
        assertThat(statuses).as("three over the cap refused at once, the others cut at the deadline")
                .containsExactlyInAnyOrder(429, 429, 429, 408, 408, 408);
        assertThat(slow).allMatch(RawHttpClient::closedByServer);
    }

    @Test
    void aTrickledFormPostIsCutTooThoughTomcatParsesIt() {
        var tokenRequest = connection("POST", "/oauth2/token", "10.20.0.3", 10_000,
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        trickle.scheduleWithFixedDelay(() -> tokenRequest.send("x"), 0, 100, TimeUnit.MILLISECONDS);

        // Tomcat takes a body that fails while it parses a form for a client gone, and closes without an answer.
        assertThat(tokenRequest.closedByServer()).isTrue();
    }

    @Test
    void anEarlyRefusalClosesTheConnectionInsteadOfReadingTheRestOfTheBody() {
        var tooLarge = connection("POST", "/graphql", "10.20.1.1", 100_000_000, Map.of());
        tooLarge.send("{\"query\":");
        var refused = tooLarge.readHead();
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.headers()).containsEntry("connection", "close");
        assertThat(tooLarge.closedByServer()).isTrue();

        var anonymous = connection("POST", "/graphql", "10.20.1.2", 1_000, Map.of());
        anonymous.send("{\"query\":");
        var unauthorized = anonymous.readHead();
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.headers()).containsEntry("connection", "close")
                .as("the application's answer, not an error page").doesNotContainEntry("content-type", "text/html;charset=utf-8");
        assertThat(anonymous.closedByServer()).isTrue();
    }

    @Test
    void aFloodFromOneClientIsRefusedWithRetryAfterWhileOthersAreServed() {
        var flooder = people.newcomer();
        List<GraphQlHttp.Reply> flood = IntStream.range(0, 8)
                .mapToObj(i -> api.queryWithToken(flooder.token(), VIEWER, Map.of())).toList();
        assertThat(flood).extracting(GraphQlHttp.Reply::status).containsExactly(200, 200, 200, 200, 200, 429, 429, 429);
        var refused = flood.get(7);
        assertThat(Long.parseLong(refused.headers().get("retry-after").get(0))).isPositive();
        assertThat(refused.errorClassification()).as("a GraphQL error, like every refusal on /graphql")
                .isEqualTo("THROTTLED");

        assertThat(api.queryWithToken(people.newcomer().token(), VIEWER, Map.of()).status())
                .as("another signed-in client").isEqualTo(200);
    }

    @Test
    void anonymousClientsAreBudgetedByAddress() {
        List<Integer> flood = IntStream.range(0, 8)
                .mapToObj(i -> api.get("/evaluation-forms/unknown", Map.of("X-Forwarded-For", "10.20.2.1")).status())
                .toList();
        assertThat(flood).containsExactly(404, 404, 404, 404, 404, 429, 429, 429);
        assertThat(api.get("/evaluation-forms/unknown", Map.of("X-Forwarded-For", "10.20.2.2")).status())
                .as("another address").isEqualTo(404);
    }

    @Test
    void hstsIsSentOnlyOverTls() {
        var overTls = api.get("/evaluation-forms/unknown", Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "10.20.3.1"));
        assertThat(overTls.headers().get("strict-transport-security")).containsExactly("max-age=31536000");
        var plain = api.get("/evaluation-forms/unknown", Map.of("X-Forwarded-For", "10.20.3.2"));
        assertThat(plain.headers()).doesNotContainKey("strict-transport-security");
    }

    private RawHttpClient trickling(String method, String path, String clientAddress) {
        var connection = connection(method, path, clientAddress, 10_000, Map.of());
        trickle.scheduleWithFixedDelay(() -> connection.send("x"), 0, 100, TimeUnit.MILLISECONDS);
        return connection;
    }

    private RawHttpClient connection(String method, String path, String clientAddress, long contentLength,
                                     Map<String, String> headers) {
        var connection = RawHttpClient.start(port, method, path, clientAddress, contentLength, headers);
        connections.add(connection);
        return connection;
    }
}
