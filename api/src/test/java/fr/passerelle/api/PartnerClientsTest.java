package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A partner school's information system, end to end: client credentials, scopes, tenancy, secret rotation,
 * suspension and its cost budget. The demo school (ENS Louis-Lumière) is PREMIUM; its budget here is tiny (2,000
 * points refilled at 1 a second), so a large roster page twice throttles a client, and a client's status is read on
 * every request (no cache), so suspension shows at once.
 */
@PartnerAndWebhookSettings
class PartnerClientsTest extends ApiTest {

    private static final String LEARNER_OF_B = globalId("Learner", "demo-learner-karim");
    private static final String LEARNER_OF_A = globalId("Learner", "demo-learner-chloe");

    private static final String REGISTER = """
            mutation($org: ID!, $name: String!, $scopes: [PartnerScope!]!) {
              partnerClientRegister(organisationId: $org, input: { name: $name, scopes: $scopes }) {
                userErrors { field code message }
                partnerClient { id clientId scopes status secrets { hint expiresAt } }
                secret
              }
            }""";

    private static final String ROSTER = """
            query($school: ID!) {
              node(id: $school) { ... on School { name learners(first: 10) { edges { node { id lastName } } } } }
            }""";

    private record Client(String id, String clientId, String secret) {
    }

    private Client register(String name, List<String> scopes) {
        var reply = api.query("school-admin-a", REGISTER, Map.of("org", SCHOOL_A, "name", name, "scopes", scopes));
        assertThat(reply.<List<?>>read("$.data.partnerClientRegister.userErrors")).as(reply.toString()).isEmpty();
        return new Client(reply.read("$.data.partnerClientRegister.partnerClient.id"),
                reply.read("$.data.partnerClientRegister.partnerClient.clientId"),
                reply.read("$.data.partnerClientRegister.secret"));
    }

    private GraphQlHttp.Reply tokenByBasic(String clientId, String secret, String scope) {
        return PartnerTokens.byClientCredentials(api, port, clientId, secret, scope);
    }

    private GraphQlHttp.Reply tokenByForm(String clientId, String secret) {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private String token(Client client) {
        var reply = tokenByBasic(client.clientId(), client.secret(), null);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.read("$.access_token");
    }

    @Test
    void a_partner_system_gets_a_token_by_client_credentials_and_reads_its_roster_within_its_scopes() {
        Client client = register("SIS roster", List.of("ROSTER_READ"));

        var tokenReply = tokenByBasic(client.clientId(), client.secret(), null);
        assertThat(tokenReply.status()).as(tokenReply.toString()).isEqualTo(200);
        assertThat(tokenReply.<String>read("$.scope")).isEqualTo("roster:read");
        assertThat(tokenReply.<Integer>read("$.expires_in")).isEqualTo(900);
        assertThat(tokenByForm(client.clientId(), client.secret()).status()).isEqualTo(200);

        var roster = api.queryWithToken(tokenReply.read("$.access_token"), ROSTER, Map.of("school", SCHOOL_A));

        assertThat((Object) roster.find("$.errors")).as(roster.toString()).isNull();
        assertThat(roster.<String>read("$.data.node.name")).isEqualTo("ENS Louis-Lumière");
        assertThat(roster.<List<String>>read("$.data.node.learners.edges[*].node.id")).contains(LEARNER_OF_A)
                .doesNotContain(LEARNER_OF_B);
        assertThat(roster.<Integer>read("$.extensions.cost.requested")).isPositive();
        assertThat(roster.<Integer>read("$.extensions.cost.actual")).isPositive()
                .isLessThanOrEqualTo(roster.<Integer>read("$.extensions.cost.requested"));
        assertThat(roster.<Integer>read("$.extensions.cost.remaining")).isLessThan(2000);
        assertThat(roster.<String>read("$.extensions.cost.resetAt")).isNotBlank();
    }

    @Test
    void the_demo_school_has_a_partner_client_with_the_secret_readme_publishes() {
        var reply = tokenByForm("pc_demo-louis-lumiere", "pc-demo-louis-lumiere-secret");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.<String>read("$.scope")).isEqualTo("roster:read applications:read agreements:read");
    }

    @Test
    void outside_its_scopes_a_partner_system_is_refused_and_people_only_fields_are_closed() {
        String token = token(register("SIS read-only", List.of("ROSTER_READ")));

        var applications = api.queryWithToken(token, """
                query($school: ID!) { node(id: $school) { ... on School { applications(first: 5) { edges { node { id } } } } } }""",
                Map.of("school", SCHOOL_A));
        var viewer = api.queryWithToken(token, "{ viewer { displayName } }", Map.of());
        var members = api.queryWithToken(token, """
                query($school: ID!) { node(id: $school) { ... on School { members(first: 5) { edges { node { id } } } } } }""",
                Map.of("school", SCHOOL_A));
        var importing = api.queryWithToken(token, """
                mutation($school: ID!) { schoolStudentsImport(id: $school, input: { csv: "external_id,first_name,last_name,email" }) {
                  userErrors { message } } }""", Map.of("school", SCHOOL_A));
        var managing = api.queryWithToken(token, REGISTER,
                Map.of("org", SCHOOL_A, "name", "Rogue", "scopes", List.of("ROSTER_WRITE")));

        assertThat(applications.errorClassification()).as(applications.toString()).isEqualTo("FORBIDDEN");
        assertThat(applications.errorMessage()).contains("School.applications (needs applications:read)");
        assertThat((Object) applications.find("$.data")).isNull();
        assertThat(viewer.errorClassification()).isEqualTo("FORBIDDEN");
        assertThat(viewer.errorMessage()).contains("Query.viewer (closed to partner clients)");
        assertThat(members.errorClassification()).isEqualTo("FORBIDDEN");
        assertThat(importing.errorClassification()).isEqualTo("FORBIDDEN");
        assertThat(managing.errorClassification()).isEqualTo("FORBIDDEN");
    }

    @Test
    void a_token_cannot_ask_for_a_scope_its_client_was_not_granted() {
        Client client = register("SIS narrow", List.of("ROSTER_READ"));

        var reply = tokenByBasic(client.clientId(), client.secret(), "roster:read roster:write");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.<String>read("$.error")).isEqualTo("invalid_scope");
    }

    @Test
    void another_schools_learners_and_the_school_itself_look_missing_to_a_partner_system() {
        String token = token(register("SIS tenancy", List.of("ROSTER_READ")));

        var otherSchools = api.queryWithToken(token, "query($id: ID!) { node(id: $id) { id } }",
                Map.of("id", LEARNER_OF_B));
        var missing = api.queryWithToken(token, "query($id: ID!) { node(id: $id) { id } }",
                Map.of("id", globalId("Learner", "no-such-learner")));
        var otherRoster = api.queryWithToken(token, ROSTER, Map.of("school", SCHOOL_B));

        assertThat((Object) otherSchools.find("$.data")).isEqualTo(missing.find("$.data"));
        assertThat((Object) otherSchools.find("$.data.node")).isNull();
        assertThat((Object) otherSchools.find("$.errors")).isNull();
        assertThat((Object) missing.find("$.errors")).isNull();
        assertThat((Object) otherRoster.find("$.data.node")).isNull();
        assertThat((Object) otherRoster.find("$.errors")).isNull();
    }

    @Test
    void a_rotated_secret_keeps_working_until_its_overlap_ends() {
        Client client = register("SIS rotation", List.of("ROSTER_READ"));
        String rotate = """
                mutation($id: ID!, $overlap: Int!) { partnerClientSecretRotate(id: $id, input: { overlapSeconds: $overlap }) {
                  userErrors { field code } partnerClient { secrets { hint expiresAt } } secret } }""";

        var withOverlap = api.query("school-admin-a", rotate, Map.of("id", client.id(), "overlap", 3600));
        String second = withOverlap.read("$.data.partnerClientSecretRotate.secret");

        assertThat(second).isNotEqualTo(client.secret());
        assertThat(withOverlap.<List<?>>read("$.data.partnerClientSecretRotate.partnerClient.secrets")).hasSize(2);
        assertThat(tokenByBasic(client.clientId(), client.secret(), null).status()).isEqualTo(200);
        assertThat(tokenByBasic(client.clientId(), second, null).status()).isEqualTo(200);

        var withoutOverlap = api.query("school-admin-a", rotate, Map.of("id", client.id(), "overlap", 0));
        String third = withoutOverlap.read("$.data.partnerClientSecretRotate.secret");

        assertThat(tokenByBasic(client.clientId(), client.secret(), null).status()).isEqualTo(401);
        assertThat(tokenByBasic(client.clientId(), second, null).status()).isEqualTo(401);
        assertThat(tokenByBasic(client.clientId(), third, null).status()).isEqualTo(200);

        var tooLong = api.query("school-admin-a", rotate, Map.of("id", client.id(), "overlap", 8 * 24 * 3600));
        assertThat(tooLong.<String>read("$.data.partnerClientSecretRotate.userErrors[0].code"))
                .isEqualTo("OUT_OF_RANGE");
    }

    @Test
    void suspending_a_client_cuts_its_tokens_at_once_and_reactivating_restores_them() {
        Client client = register("SIS suspension", List.of("ROSTER_READ"));
        String token = token(client);
        assertThat(api.queryWithToken(token, ROSTER, Map.of("school", SCHOOL_A)).status()).isEqualTo(200);

        var suspended = api.query("school-admin-a", """
                mutation($id: ID!) { partnerClientSuspend(id: $id) { partnerClient { status } } }""",
                Map.of("id", client.id()));
        assertThat(suspended.<String>read("$.data.partnerClientSuspend.partnerClient.status")).isEqualTo("SUSPENDED");

        var refused = api.queryWithToken(token, ROSTER, Map.of("school", SCHOOL_A));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.errorClassification()).isEqualTo("UNAUTHORIZED");
        assertThat(tokenByBasic(client.clientId(), client.secret(), null).status()).isEqualTo(401);

        api.query("school-admin-a", "mutation($id: ID!) { partnerClientReactivate(id: $id) { partnerClient { status } } }",
                Map.of("id", client.id()));
        assertThat(api.queryWithToken(token, ROSTER, Map.of("school", SCHOOL_A)).status()).isEqualTo(200);
    }

    @Test
    void only_the_organisations_admins_see_and_manage_its_partner_clients() {
        Client client = register("SIS private", List.of("ROSTER_READ"));
        String list = "query($school: ID!) { node(id: $school) { ... on School { partnerClients { clientId } } } }";

        var asOwnAdmin = api.query("school-admin-a", list, Map.of("school", SCHOOL_A));
        var asPlatformAdmin = api.query("platform-admin", list, Map.of("school", SCHOOL_A));
        var asOtherAdmin = api.query("school-admin-b", list, Map.of("school", SCHOOL_A));
        var suspendByOther = api.query("school-admin-b", """
                mutation($id: ID!) { partnerClientSuspend(id: $id) { partnerClient { status } } }""",
                Map.of("id", client.id()));
        var suspendMissing = api.query("school-admin-b", """
                mutation($id: ID!) { partnerClientSuspend(id: $id) { partnerClient { status } } }""",
                Map.of("id", globalId("PartnerClient", "no-such-client")));
        var registerByOther = api.query("school-admin-b", REGISTER,
                Map.of("org", SCHOOL_A, "name", "Rogue", "scopes", List.of("ROSTER_READ")));

        assertThat(asOwnAdmin.<List<String>>read("$.data.node.partnerClients[*].clientId")).contains(client.clientId());
        assertThat(asPlatformAdmin.<List<String>>read("$.data.node.partnerClients[*].clientId"))
                .contains(client.clientId());
        assertThat((Object) asOtherAdmin.find("$.data.node.partnerClients")).isNull();
        assertThat(suspendByOther.errorClassification()).isEqualTo("NOT_FOUND");
        assertThat(suspendMissing.errorClassification()).isEqualTo("NOT_FOUND");
        assertThat(registerByOther.errorClassification()).isEqualTo("FORBIDDEN");
    }

    @Test
    void past_its_cost_budget_a_partner_system_is_throttled_with_retry_after_and_429() {
        String token = token(register("SIS greedy", List.of("ROSTER_READ")));
        // The same school 100 times: 801 points requested, and as many actually spent (nothing comes back).
        String hundredSchools = """
                query($ids: [ID!]!) { nodes(ids: $ids) { ... on School { id name kind website description createdAt
                  updatedAt version } } }""";
        Map<String, Object> ids = Map.of("ids", java.util.Collections.nCopies(100, SCHOOL_A));

        var first = api.queryWithToken(token, hundredSchools, ids);
        var second = api.queryWithToken(token, hundredSchools, ids);
        var third = api.queryWithToken(token, hundredSchools, ids);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.<Integer>read("$.extensions.cost.requested")).isEqualTo(801);
        assertThat(first.<Integer>read("$.extensions.cost.actual")).isEqualTo(801);
        assertThat(first.<Integer>read("$.extensions.cost.remaining")).isBetween(1199, 1250);
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(third.status()).as(third.toString()).isEqualTo(429);
        assertThat(third.errorClassification()).isEqualTo("THROTTLED");
        assertThat((Object) third.find("$.data")).isNull();
        int retryAfter = third.read("$.errors[0].extensions.retryAfter");
        // About 400 points missing, refilled at 1 a second.
        assertThat(retryAfter).isBetween(300, 403);
        assertThat(third.headers().get("retry-after")).containsExactly(String.valueOf(retryAfter));
        assertThat(third.<Integer>read("$.extensions.cost.requested")).isEqualTo(801);
        assertThat(third.<Integer>read("$.extensions.cost.actual")).isZero();
    }

    @Test
    void a_query_costing_more_than_the_whole_budget_is_refused_rather_than_throttled_for_ever() {
        String token = token(register("SIS huge", List.of("ROSTER_READ")));

        var reply = api.queryWithToken(token, """
                query($ids: [ID!]!) { nodes(ids: $ids) { ... on School { learners(first: 10) { edges { node { id } } } } } }""",
                Map.of("ids", java.util.Collections.nCopies(100, SCHOOL_A)));

        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo("BAD_REQUEST");
        assertThat(reply.errorMessage()).contains("exceeds this client's budget capacity of 2000");
    }

    @Test
    void a_partner_system_with_roster_write_imports_students_over_rest_and_the_audit_trail_names_it() {
        Client writer = register("SIS import", List.of("ROSTER_READ", "ROSTER_WRITE"));
        Client reader = register("SIS reader", List.of("ROSTER_READ"));
        var uploads = new RosterUploads(api, port);
        String externalId = "PC-" + java.util.UUID.randomUUID();
        String csv = "external_id,first_name,last_name,email\n" + externalId + ",Anaïs,Partenaire,"
                + externalId.toLowerCase(java.util.Locale.ROOT) + "@example.fr\n";

        var refused = uploads.uploadWithToken(token(reader), SCHOOL_A, csv.getBytes(StandardCharsets.UTF_8));
        var imported = uploads.uploadWithToken(token(writer), SCHOOL_A, csv.getBytes(StandardCharsets.UTF_8));
        var elsewhere = api.get("/agreements/" + globalId("InternshipAgreement", "demo-agreement-lea") + "/document",
                Map.of("Authorization", "Bearer " + token(writer)));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.body()).contains("roster:write");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(403);
        var entries = Fixtures.eventually(() -> given.auditTrail(Map.of("actorSubject", writer.clientId())),
                found -> !found.isEmpty());
        assertThat(entries).allSatisfy(entry -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> actor = (Map<String, Object>) entry.get("actor");
            assertThat(actor).containsEntry("client", writer.clientId()).containsEntry("organisationId", SCHOOL_A);
            assertThat((List<?>) actor.get("roles")).isEmpty();
        });
    }
}
