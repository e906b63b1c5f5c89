package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end: endpoints registered over GraphQL, events of the organisation delivered to a real receiver on
 * a socket, signed as the Standard Webhooks specification says (checked by the receiver's own implementation),
 * retried after 500s and hangs, replayed, disabled by a 410. The schedule and timeout are shortened so the test
 * waits seconds, not hours; loopback receivers are allowed by the dev configuration only.
 */
@PartnerAndWebhookSettings
class WebhooksTest extends ApiTest {

    /** Retries wait on the job runner's polls and a timeout: more patience than a plain read needs. */
    private static final Duration PATIENCE = Duration.ofSeconds(45);

    private static final String CREATE = """
            mutation($org: ID!, $url: String!, $types: [String!]!) {
              webhookEndpointCreate(organisationId: $org, input: {url: $url, eventTypes: $types}) {
                userErrors { message field code } secret endpoint { id url eventTypes enabled } } }""";
    private static final String ENDPOINT = """
            query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { id enabled disabledReason
              deliveries(first: 10) { edges { node { id eventType status attemptCount
                attempts { number outcome responseStatus responseExcerpt } } } } } } }""";
    private static final String TIER = """
            mutation($id: ID!, $tier: PartnershipTier!) { schoolChangeTier(id: $id, input: {tier: $tier}) { userErrors { code } } }""";
    private static final String REPLAY = """
            mutation($id: ID!, $from: DateTime!, $to: DateTime!) { webhookDeliveriesReplay(endpointId: $id, from: $from, to: $to) {
              userErrors { field code } replayed } }""";

    private static WebhookReceiver receiver;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    private record Endpoint(String id, String secret) {
    }

    private Endpoint register(String persona, String organisation, String path, String... types) {
        var reply = given.succeed(persona, CREATE, Map.of("org", organisation, "url", receiver.url(path),
                "types", List.of(types)));
        return new Endpoint(reply.read("$.data.webhookEndpointCreate.endpoint.id"),
                reply.read("$.data.webhookEndpointCreate.secret"));
    }

    private void changeTier(String school, String tier) {
        given.succeed("platform-admin", TIER, Map.of("id", school, "tier", tier));
    }

    private static <T> T eventually(Callable<T> probe, Predicate<? super T> done) {
        return Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(probe, done::test);
    }

    private Map<String, Object> endpoint(String persona, String id) {
        return api.query(persona, ENDPOINT, Map.of("id", id)).read("$.data.node");
    }

    /** The endpoint's one message, or an empty map before it exists. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> onlyDelivery(String endpointId) {
        List<Map<String, Object>> edges = (List<Map<String, Object>>) ((Map<String, Object>) endpoint("platform-admin",
                endpointId).get("deliveries")).get("edges");
        assertThat(edges).hasSizeLessThanOrEqualTo(1);
        return edges.isEmpty() ? Map.of() : (Map<String, Object>) edges.get(0).get("node");
    }

    @Test
    void eachOrganisationReceivesItsOwnEventsSignedAndThinAndNeverAnothers() {
        String mine = given.newSchool(unique("École Crochets"));
        String theirs = given.newSchool(unique("École Voisine"));
        Endpoint endpoint = register("platform-admin", mine, "/own/mine", "school.tier_changed");
        register("platform-admin", theirs, "/own/theirs", "school.tier_changed");

        changeTier(theirs, "PREMIUM");
        changeTier(mine, "CERTIFIED");

        var received = eventually(() -> receiver.at("/own/mine"), list -> !list.isEmpty()).get(0);
        eventually(() -> receiver.at("/own/theirs"), list -> !list.isEmpty());
        assertThat(received.signedWith(endpoint.secret())).as(received.toString()).isTrue();
        assertThat(received.fresh()).isTrue();
        assertThat(received.id()).startsWith("msg_");
        assertThat(received.signedWith("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]))).isFalse();

        // Thin: the type, the object and organisation ids, a per-object sequence and the time; nothing else.
        Map<String, Object> payload = JsonPath.read(received.body(), "$");
        assertThat(payload).containsOnlyKeys("type", "timestamp", "data");
        assertThat(payload.get("type")).isEqualTo("school.tier_changed");
        assertThat(JsonPath.<Map<String, Object>>read(received.body(), "$.data"))
                .containsOnlyKeys("eventId", "objectType", "objectId", "sequence", "organisation")
                .containsEntry("objectType", "School").containsEntry("objectId", mine).containsEntry("organisation", mine)
                .containsEntry("sequence", 1);

        // The other school's change went to its own endpoint only, and ours to ours only.
        assertThat(receiver.at("/own/mine")).allSatisfy(message -> assertThat(message.body()).doesNotContain(theirs));
        assertThat(receiver.at("/own/theirs")).allSatisfy(message -> assertThat(message.body()).doesNotContain(mine));
        var delivery = eventually(() -> onlyDelivery(endpoint.id()), d -> "SUCCEEDED".equals(d.get("status")));
        assertThat(delivery).containsEntry("attemptCount", 1).containsEntry("id", received.id());
    }

    @Test
    void aReceiverAnswering500ThenHangingIsRetriedWithTheSameIdUntilItAcknowledges() {
        String school = given.newSchool(unique("École Patience"));
        Endpoint endpoint = register("platform-admin", school, "/retry", "school.tier_changed");
        receiver.script("/retry", 500, WebhookReceiver.HANG, 200);

        changeTier(school, "PREMIUM");

        var attempts = eventually(() -> receiver.at("/retry"), list -> list.size() >= 3);
        assertThat(attempts).extracting(WebhookReceiver.Received::id).containsOnly(attempts.get(0).id());
        assertThat(attempts).allSatisfy(attempt -> assertThat(attempt.signedWith(endpoint.secret())).isTrue());
        var delivery = eventually(() -> onlyDelivery(endpoint.id()), d -> "SUCCEEDED".equals(d.get("status")));
        assertThat(JsonPath.<List<String>>read(delivery, "$.attempts[*].outcome"))
                .containsExactly("HTTP_ERROR", "TIMEOUT", "SUCCEEDED");
        assertThat(JsonPath.<Integer>read(delivery, "$.attempts[0].responseStatus")).isEqualTo(500);
        assertThat(JsonPath.<String>read(delivery, "$.attempts[0].responseExcerpt")).isEqualTo("answer 500");
    }

    @Test
    void failedMessagesOfARangeAreReplayedOnceTheReceiverIsBack() {
        String school = given.newSchool(unique("École Relance"));
        Endpoint endpoint = register("platform-admin", school, "/replay", "school.tier_changed");
        receiver.script("/replay", 503, 503, 503, 503);
        Instant before = Instant.now().minusSeconds(60);

        changeTier(school, "STRATEGIC");
        var failed = eventually(() -> onlyDelivery(endpoint.id()), d -> "FAILED".equals(d.get("status")));
        assertThat(failed.get("attemptCount")).isEqualTo(4);

        var tooLong = api.query("platform-admin", REPLAY, Map.of("id", endpoint.id(), "from", before.toString(),
                "to", before.plus(Duration.ofDays(8)).toString()));
        assertThat(tooLong.<List<String>>read("$.data.webhookDeliveriesReplay.userErrors[*].code"))
                .containsExactly("OUT_OF_RANGE");
        assertThat(tooLong.<List<Object>>read("$.data.webhookDeliveriesReplay.userErrors[0].field"))
                .containsExactly("to");

        var replay = given.succeed("platform-admin", REPLAY, Map.of("id", endpoint.id(), "from", before.toString(),
                "to", Instant.now().plusSeconds(60).toString()));
        assertThat(replay.<Integer>read("$.data.webhookDeliveriesReplay.replayed")).isEqualTo(1);

        var delivered = eventually(() -> onlyDelivery(endpoint.id()), d -> "SUCCEEDED".equals(d.get("status")));
        assertThat(delivered.get("attemptCount")).isEqualTo(5);
        assertThat(receiver.at("/replay")).hasSize(5).extracting(WebhookReceiver.Received::id)
                .containsOnly((String) failed.get("id"));
    }

    @Test
    void aReceiverAnswering410IsDisabledAndItsOwnerIsTold() {
        String school = given.newSchoolAdministeredByTheLearner(unique("École Disparue"));
        Endpoint endpoint = register("learner", school, "/gone", "school.tier_changed");
        receiver.script("/gone", 410);

        changeTier(school, "PREMIUM");

        var disabled = eventually(() -> endpoint("learner", endpoint.id()), e -> Boolean.FALSE.equals(e.get("enabled")));
        assertThat(disabled.get("disabledReason")).isEqualTo("GONE");
        assertThat(eventually(() -> onlyDelivery(endpoint.id()), d -> "FAILED".equals(d.get("status"))))
                .containsEntry("attemptCount", 1);
        var notices = eventually(() -> api.query("learner", """
                        { viewer { notifications(first: 50) { edges { node { kind targetId } } } } }""")
                        .<List<String>>read("$.data.viewer.notifications.edges[?(@.node.targetId == '%s')].node.kind"
                                .formatted(endpoint.id())),
                kinds -> !kinds.isEmpty());
        assertThat(notices).containsExactly("WEBHOOK_ENDPOINT_DISABLED");

        // Off means off: the next event is not sent.
        changeTier(school, "STRATEGIC");
        assertThat(receiver.at("/gone")).hasSize(1);
    }

    @Test
    void duringASecretRotationMessagesCarryBothSignatures() {
        String school = given.newSchool(unique("École Rotation"));
        Endpoint endpoint = register("platform-admin", school, "/rotation", "school.tier_changed");
        String rotated = given.succeed("platform-admin", """
                        mutation($id: ID!) { webhookEndpointRotateSecret(id: $id) { userErrors { code } secret } }""",
                Map.of("id", endpoint.id())).read("$.data.webhookEndpointRotateSecret.secret");
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(endpoint.secret());

        changeTier(school, "CERTIFIED");

        var received = eventually(() -> receiver.at("/rotation"), list -> !list.isEmpty()).get(0);
        assertThat(received.signature().split(" ")).hasSize(2);
        assertThat(received.signedWith(endpoint.secret())).isTrue();
        assertThat(received.signedWith(rotated)).isTrue();
    }

    @Test
    void onlyTheOrganisationsAdministratorsManageItsEndpointsAndOthersSeeNothing() {
        Endpoint endpoint = register("school-admin-a", SCHOOL_A, "/a-only", "learner.imported");
        assertThat(endpoint.secret()).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(endpoint.secret().substring(6))).hasSizeGreaterThanOrEqualTo(24);

        var listed = api.query("school-admin-b", """
                query($org: ID!) { webhookEndpoints(organisationId: $org, first: 5) { edges { node { id } } } }""",
                Map.of("org", SCHOOL_A));
        assertThat(listed.errorClassification()).as(listed.toString()).isEqualTo("FORBIDDEN");
        var registered = api.query("school-admin-b", CREATE, Map.of("org", SCHOOL_A, "url", receiver.url("/x"),
                "types", List.of("school.tier_changed")));
        assertThat(registered.errorClassification()).as(registered.toString()).isEqualTo("FORBIDDEN");
        for (String persona : List.of("school-admin-b", "recruiter-x", "advisor", "learner")) {
            assertThat(api.query(persona, ENDPOINT, Map.of("id", endpoint.id())).<Object>read("$.data.node"))
                    .as(persona).isNull();
            var rotate = api.query(persona, """
                    mutation($id: ID!) { webhookEndpointRotateSecret(id: $id) { secret } }""", Map.of("id", endpoint.id()));
            assertThat(rotate.errorClassification()).as(persona).isEqualTo("NOT_FOUND");
        }
        var own = api.query("school-admin-a", """
                query($org: ID!) { webhookEndpoints(organisationId: $org, first: 5) { edges { node { id url } } } }""",
                Map.of("org", SCHOOL_A));
        assertThat(own.<List<String>>read("$.data.webhookEndpoints.edges[*].node.id")).contains(endpoint.id());
    }

    @Test
    void registrationRefusesBadUrlsPrivateAddressesAndUnknownEventTypes() {
        String school = given.newSchool(unique("École Refus"));
        var reply = given.refuse("platform-admin", CREATE, Map.of("org", school, "url", "ftp://127.0.0.1/x",
                "types", List.of("school.tier_changed")), "INVALID");
        assertThat(reply.<List<Object>>read("$.data.webhookEndpointCreate.userErrors[0].field"))
                .containsExactly("input", "url");
        given.refuse("platform-admin", CREATE, Map.of("org", school, "url", "http://10.0.0.1/hook",
                "types", List.of("school.tier_changed")), "INVALID");
        given.refuse("platform-admin", CREATE, Map.of("org", school, "url", "https://169.254.169.254/latest",
                "types", List.of("school.tier_changed")), "INVALID");
        var unknownType = given.refuse("platform-admin", CREATE, Map.of("org", school, "url", receiver.url("/t"),
                "types", List.of("school.exploded")), "INVALID");
        assertThat(unknownType.<List<Object>>read("$.data.webhookEndpointCreate.userErrors[0].field"))
                .containsExactly("input", "eventTypes");
        assertThat(unknownType.<Object>read("$.data.webhookEndpointCreate.secret")).isNull();
    }
}
