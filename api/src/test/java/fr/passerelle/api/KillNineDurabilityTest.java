package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write the API acknowledged survives {@code kill -9} on the embedded store: the real application runs in a child
 * JVM on a file store, acknowledges a mutation, is killed with SIGKILL, restarts on the same files and still has it.
 */
class KillNineDurabilityTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path dataDir;

    private final Map<Process, Integer> ports = new java.util.HashMap<>();

    @Test
    void anAcknowledgedWriteSurvivesKillMinusNine() throws Exception {
        String name = "Durable " + UUID.randomUUID();
        String schoolId;

        Process first = start(dataDir, "first");
        try {
            var api = new GraphQlHttp(awaitReady(first));
            var reply = api.query("platform-admin", """
                    mutation($name: String!) { schoolRegister(input: {name: $name, kind: GENERAL}) { school { id } } }""",
                    Map.of("name", name));
            schoolId = reply.read("$.data.schoolRegister.school.id");
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no store close, no final commit
            first.waitFor();
        }

        Process second = start(dataDir, "second");
        try {
            var api = new GraphQlHttp(awaitReady(second));
            var reply = api.query("platform-admin", "query($id: ID!) { node(id: $id) { ... on School { name } } }",
                    Map.of("id", schoolId));
            assertThat(reply.<String>read("$.data.node.name")).isEqualTo(name);
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private Process start(Path dataDir, String run) throws IOException {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "fr.passerelle.PasserelleApplication",
                "--server.port=" + port,
                "--spring.profiles.active=dev",
                "--passerelle.mongodb.data-dir=" + dataDir.resolve("store"))
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve(run + ".log").toFile())
                .start();
        ports.put(process, port);
        return process;
    }

    /** Waits for readiness (database included) and returns the process's port. */
    private int awaitReady(Process process) throws Exception {
        int port = ports.get(process);
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited; see " + dataDir);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return port;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Not ready within " + START_TIMEOUT + "; logs: " + List.of(dataDir));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
