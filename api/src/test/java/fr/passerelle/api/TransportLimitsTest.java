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
        "server.forward-headers-strategy=native"})
class TransportLimitsTest extends ApiTest {

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
        assertThat(unauthorized.headers()).containsEntry("connection", "close");
        assertThat(anonymous.closedByServer()).isTrue();
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
