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
 * The same holds for the events of those writes: relayed after the restart, exactly once per subscriber.
 */
class KillNineDurabilityTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path dataDir;

    private final Map<Process, Integer> ports = new java.util.HashMap<>();

    /**
     * The first instance acknowledges writes but relays nothing (its job runner is off), so their events sit in
     * their outboxes when it is killed. The second still has the writes and relays each event to every subscriber;
     * the third, started after killing the second, finds nothing left to do: no second audit entry, no second mail.
     */
    @Test
    void acknowledgedWritesAndTheirEventsSurviveKillMinusNineAndAreRelayedExactlyOnce() throws Exception {
        String name = "Durable " + UUID.randomUUID();
        String invitee = "durable-" + UUID.randomUUID() + "@example.fr";
        String schoolId;

        Process writer = start(dataDir, "writer", "--passerelle.jobs.enabled=false");
        try {
            var api = new GraphQlHttp(awaitReady(writer));
            schoolId = api.query("platform-admin", """
                    mutation($name: String!) { schoolRegister(input: {name: $name, kind: GENERAL}) { school { id } } }""",
                    Map.of("name", name)).read("$.data.schoolRegister.school.id");
            api.query("platform-admin", """
                    mutation($id: ID!) { schoolChangeTier(id: $id, input: {tier: PREMIUM}) { userErrors { code } } }""",
                    Map.of("id", schoolId));
            api.query("platform-admin", """
                    mutation($id: ID!, $email: Email!) {
                      schoolMemberInvite(id: $id, input: {email: $email, role: SCHOOL_STAFF}) { userErrors { code } }
                    }""", Map.of("id", schoolId, "email", invitee));
            assertThat(historyActions(api, schoolId)).as("nothing relayed while the runner is off").isEmpty();
        } finally {
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no store close, no final commit
            writer.waitFor();
        }

        Process relayer = start(dataDir, "relayer");
        try {
            var api = new GraphQlHttp(awaitReady(relayer));
            var school = api.query("platform-admin", "query($id: ID!) { node(id: $id) { ... on School { name } } }",
                    Map.of("id", schoolId));
            assertThat(school.<String>read("$.data.node.name")).isEqualTo(name);
            awaitTrue(() -> historyActions(api, schoolId).size() == 2 && mailsTo(api, invitee) == 1);
            assertThat(historyActions(api, schoolId)).containsExactly("school.tier_changed", "school.registered");
            assertThat(auditEntries(api, "membership.invited", schoolId)).hasSize(1);
        } finally {
            relayer.destroyForcibly();
            relayer.waitFor();
        }

        Process idle = start(dataDir, "idle");
        try {
            var api = new GraphQlHttp(awaitReady(idle));
            // Give the runner several passes to (wrongly) deliver anything again.
            Thread.sleep(3_000);
            assertThat(historyActions(api, schoolId)).containsExactly("school.tier_changed", "school.registered");
            assertThat(mailsTo(api, invitee)).as("the invitation is not mailed twice").isZero();
        } finally {
            idle.destroy();
            idle.waitFor();
        }
    }

    private static List<String> historyActions(GraphQlHttp api, String schoolId) {
        return api.query("platform-admin", """
                query($id: ID!) { node(id: $id) { ... on School { history(first: 10) { edges { node { action } } } } } }""",
                Map.of("id", schoolId)).read("$.data.node.history.edges[*].node.action");
    }

    /** The event ids of the audit entries of that action taken for (or in) the organisation. */
    private static List<String> auditEntries(GraphQlHttp api, String action, String organisationId) {
        return api.query("platform-admin", """
                query($action: String!, $organisation: ID!) {
                  auditTrail(first: 100, filter: {action: $action, organisationId: $organisation}) {
                    edges { node { eventId } }
                  }
                }""", Map.of("action", action, "organisation", organisationId))
                .read("$.data.auditTrail.edges[*].node.eventId");
    }

    private static int mailsTo(GraphQlHttp api, String email) {
        var reply = api.get("/dev/mailbox?to=" + email, Map.of("Authorization", "Bearer " + api.token("platform-admin")));
        List<Object> mails = reply.read("$[*]");
        return mails.size();
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not reached within 30 s");
            }
            Thread.sleep(200);
        }
    }

    private Process start(Path dataDir, String run, String... extraArguments) throws IOException {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), "fr.passerelle.PasserelleApplication",
                "--server.port=" + port,
                "--spring.profiles.active=dev",
                "--passerelle.mongodb.data-dir=" + dataDir.resolve("store")));
        command.addAll(List.of(extraArguments));
        Process process = new ProcessBuilder(command)
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
