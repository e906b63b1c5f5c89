package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A partner school's information system integrating without polling, as one story: a token by client credentials,
 * its roster within its scopes, a webhook endpoint it registers itself, signed events of its own school only, a
 * receiver outage survived through retries, a failed range replayed, subscriptions judged like queries, and a
 * budget that throttles it. Shares the application context of {@link PartnerClientsTest} and {@link WebhooksTest}
 * ({@link PartnerAndWebhookSettings}): short retry schedule, tiny PREMIUM budget.
 */
@PartnerAndWebhookSettings
class PartnerIntegrationTest extends ApiTest {

    /** Retries wait on the job runner's polls: more patience than a plain read needs. */
    private static final Duration PATIENCE = Duration.ofSeconds(45);

    private static final String REGISTER_CLIENT = """
            mutation($org: ID!, $name: String!, $scopes: [PartnerScope!]!) {
              partnerClientRegister(organisationId: $org, input: { name: $name, scopes: $scopes }) {
                userErrors { code } partnerClient { clientId } secret } }""";
    private static final String ROSTER = """
            query($school: ID!) { node(id: $school) { ... on School { name learners(first: 10) { edges { node { id } } } } } }""";
    private static final String CREATE = """
            mutation($org: ID!, $url: String!, $types: [String!]!) {
              webhookEndpointCreate(organisationId: $org, input: {url: $url, eventTypes: $types}) {
                userErrors { code } secret endpoint { id } } }""";
    private static final String ENDPOINT = """
            query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { id
              deliveries(first: 10) { edges { node { id status attemptCount attempts { outcome responseStatus } } } } } } }""";
    private static final String REPLAY = """
            mutation($id: ID!, $from: DateTime!, $to: DateTime!) { webhookDeliveriesReplay(endpointId: $id, from: $from, to: $to) {
              userErrors { code } replayed } }""";
    private static final String TIER = """
            mutation($id: ID!, $tier: PartnershipTier!) { schoolChangeTier(id: $id, input: {tier: $tier}) { userErrors { code } } }""";

    private static WebhookReceiver receiver;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    /** A partner client of the school, registered by a platform admin; its token by client credentials. */
    private String partnerToken(String school, String... scopes) {
        var registered = given.succeed("platform-admin", REGISTER_CLIENT,
                Map.of("org", school, "name", unique("SIS"), "scopes", List.of(scopes)));
        var reply = PartnerTokens.byClientCredentials(api, port,
                registered.read("$.data.partnerClientRegister.partnerClient.clientId"),
                registered.read("$.data.partnerClientRegister.secret"), null);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.read("$.access_token");
    }

    private void changeTier(String school, String tier) {
        given.succeed("platform-admin", TIER, Map.of("id", school, "tier", tier));
    }

    private static <T> T eventually(Callable<T> probe, Predicate<? super T> done) {
        return Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(probe, done::test);
    }

    /** The endpoint's messages as its partner reads them, newest first. */
    private List<Map<String, Object>> deliveries(String token, String endpointId) {
        return api.queryWithToken(token, ENDPOINT, Map.of("id", endpointId)).read("$.data.node.deliveries.edges[*].node");
    }

    @Test
    void a_partner_school_system_reads_its_roster_manages_its_webhooks_and_is_throttled_past_its_budget() {
        String mine = given.newSchool(unique("École Intégrée"));
        String theirs = given.newSchool(unique("École d'à côté"));
        String reader = partnerToken(mine, "ROSTER_READ");
        String system = partnerToken(mine, "ROSTER_READ", "WEBHOOKS_MANAGE");

        // Its roster within its scopes; applications and webhooks are refused without theirs.
        var roster = api.queryWithToken(system, ROSTER, Map.of("school", mine));
        assertThat((Object) roster.find("$.errors")).as(roster.toString()).isNull();
        assertThat(roster.<String>read("$.data.node.name")).startsWith("École Intégrée");
        var applications = api.queryWithToken(system, """
                query($school: ID!) { node(id: $school) { ... on School { applications(first: 5) { edges { node { id } } } } } }""",
                Map.of("school", mine));
        assertThat(applications.errorClassification()).isEqualTo("FORBIDDEN");
        assertThat(applications.errorMessage()).contains("needs applications:read");
        var withoutScope = api.queryWithToken(reader, CREATE, Map.of("org", mine, "url", receiver.url("/sis/reader"),
                "types", List.of("school.tier_changed")));
        assertThat(withoutScope.errorClassification()).as(withoutScope.toString()).isEqualTo("FORBIDDEN");
        assertThat(withoutScope.errorMessage()).contains("Mutation.webhookEndpointCreate (needs webhooks:manage)");

        // It registers its endpoint; another school's it can neither register nor see.
        var created = api.queryWithToken(system, CREATE, Map.of("org", mine, "url", receiver.url("/sis/mine"),
                "types", List.of("school.tier_changed")));
        assertThat(created.<List<?>>read("$.data.webhookEndpointCreate.userErrors")).as(created.toString()).isEmpty();
        String endpoint = created.read("$.data.webhookEndpointCreate.endpoint.id");
        String secret = created.read("$.data.webhookEndpointCreate.secret");
        var elsewhere = api.queryWithToken(system, CREATE, Map.of("org", theirs, "url", receiver.url("/sis/theirs"),
                "types", List.of("school.tier_changed")));
        assertThat(elsewhere.errorClassification()).isEqualTo("FORBIDDEN");
        String theirEndpoint = given.succeed("platform-admin", CREATE, Map.of("org", theirs,
                        "url", receiver.url("/sis/neighbour"), "types", List.of("school.tier_changed")))
                .read("$.data.webhookEndpointCreate.endpoint.id");
        assertThat(api.queryWithToken(system, ENDPOINT, Map.of("id", theirEndpoint)).<Object>read("$.data.node"))
                .isNull();
        var rotateTheirs = api.queryWithToken(system, """
                mutation($id: ID!) { webhookEndpointRotateSecret(id: $id) { secret } }""", Map.of("id", theirEndpoint));
        assertThat(rotateTheirs.errorClassification()).isEqualTo("NOT_FOUND");

        // An outage (500), then the retry succeeds: the same message, signed, about its school only.
        receiver.script("/sis/mine", 500);
        changeTier(theirs, "CERTIFIED");
        changeTier(mine, "CERTIFIED");
        var attempts = eventually(() -> receiver.at("/sis/mine"), list -> list.size() >= 2);
        eventually(() -> receiver.at("/sis/neighbour"), list -> !list.isEmpty());
        assertThat(attempts).extracting(WebhookReceiver.Received::id).containsOnly(attempts.get(0).id());
        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.signedWith(secret)).isTrue();
            assertThat(JsonPath.<String>read(attempt.body(), "$.data.organisation")).isEqualTo(mine);
        });
        var retried = eventually(() -> deliveries(system, endpoint),
                list -> list.size() == 1 && "SUCCEEDED".equals(list.get(0).get("status")));
        assertThat(JsonPath.<List<String>>read(retried.get(0), "$.attempts[*].outcome"))
                .containsExactly("HTTP_ERROR", "SUCCEEDED");

        // A longer outage exhausts the retries; once the receiver is back, the range is replayed.
        Instant before = Instant.now().minusSeconds(60);
        receiver.script("/sis/mine", 503, 503, 503, 503);
        changeTier(mine, "DISCOVERY");
        var failed = eventually(() -> deliveries(system, endpoint),
                list -> list.size() == 2 && "FAILED".equals(list.get(0).get("status")));
        var replay = api.queryWithToken(system, REPLAY, Map.of("id", endpoint, "from", before.toString(),
                "to", Instant.now().plusSeconds(60).toString()));
        assertThat(replay.<Integer>read("$.data.webhookDeliveriesReplay.replayed")).as(replay.toString()).isEqualTo(1);
        eventually(() -> deliveries(system, endpoint),
                list -> list.size() == 2 && "SUCCEEDED".equals(list.get(0).get("status")));
        assertThat(receiver.at("/sis/mine")).extracting(WebhookReceiver.Received::id)
                .contains((String) failed.get(0).get("id"));
        assertThat(receiver.at("/sis/mine")).allSatisfy(message -> assertThat(message.body()).doesNotContain(theirs));

        // Subscriptions are judged like queries: a person's notifications are closed to a partner's token.
        try (var socket = GraphQlWebSocket.connect(port, system)) {
            socket.subscribe("subscription { notificationReceived { id } }");
            var refused = socket.await(message -> !message.type().equals("ping"), PATIENCE);
            assertThat(refused.json()).as(refused.toString()).contains("FORBIDDEN")
                    .contains("Subscription.notificationReceived (closed to partner clients)");
        }

        // PREMIUM's budget here: 2,000 points at 1 a second (the school's earlier tiers have large ones, so polling
        // its deliveries above spent nothing that matters); a query of 801 points three times runs it out.
        changeTier(mine, "PREMIUM");
        String hundredSchools = """
                query($ids: [ID!]!) { nodes(ids: $ids) { ... on School { id name kind website description createdAt
                  updatedAt version } } }""";
        Map<String, Object> ids = Map.of("ids", Collections.nCopies(100, mine));
        List<GraphQlHttp.Reply> replies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            replies.add(api.queryWithToken(system, hundredSchools, ids));
        }
        assertThat(replies.get(0).status()).as(replies.get(0).toString()).isEqualTo(200);
        var throttled = replies.get(2);
        assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
        assertThat(throttled.errorClassification()).isEqualTo("THROTTLED");
        int retryAfter = throttled.read("$.errors[0].extensions.retryAfter");
        assertThat(retryAfter).isPositive();
        assertThat(throttled.headers().get("retry-after")).containsExactly(String.valueOf(retryAfter));
    }
}
