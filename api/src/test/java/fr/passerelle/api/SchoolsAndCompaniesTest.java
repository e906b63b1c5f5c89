package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The GraphQL conventions at work on schools and companies, end to end over HTTP. */
class SchoolsAndCompaniesTest extends ApiTest {

    private static final String REGISTER_SCHOOL = """
            mutation($input: SchoolRegisterInput!) { schoolRegister(input: $input) {
              userErrors { message field code } school { id name version partnership { tier } } } }""";

    @Test
    void invalidInputIsReportedAsUserErrorsWithFieldPathsAndNothingIsWritten() {
        var reply = api.query("platform-admin", REGISTER_SCHOOL, Map.of("input", Map.of(
                "name", " ", "kind", "SOUND",
                "address", Map.of("postalCode", "", "city", "Paris", "countryCode", "ZZ"))));

        assertThat(reply.<Object>read("$.data.schoolRegister.school")).isNull();
        assertThat(reply.<List<List<String>>>read("$.data.schoolRegister.userErrors[*].field")).containsExactlyInAnyOrder(
                List.of("input", "name"), List.of("input", "address", "postalCode"),
                List.of("input", "address", "countryCode"));
        assertThat(reply.<List<String>>read("$.data.schoolRegister.userErrors[*].code"))
                .containsExactlyInAnyOrder("REQUIRED", "REQUIRED", "INVALID");
    }

    @Test
    void schoolNamesAreUniqueIgnoringCaseAndAccents() {
        String name = "École " + UUID.randomUUID();
        assertThat(registerSchool(name).errorClassification()).isNull();

        var duplicate = api.query("platform-admin", REGISTER_SCHOOL,
                Map.of("input", Map.of("name", name.replace("É", "e").toUpperCase(), "kind", "SOUND")));
        assertThat(duplicate.<List<String>>read("$.data.schoolRegister.userErrors[*].code")).containsExactly("DUPLICATE");
        assertThat(duplicate.<List<String>>read("$.data.schoolRegister.userErrors[0].field")).containsExactly("input", "name");
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefusedNotLost() {
        String id = registerSchool("Stale " + UUID.randomUUID()).read("$.data.schoolRegister.school.id");
        String update = """
                mutation($id: ID!, $v: Int) { schoolUpdateProfile(id: $id, input: {name: "Renamed %s", kind: MUSIC,
                  expectedVersion: $v}) { userErrors { field code } school { version name } } }""".formatted(UUID.randomUUID());

        var first = api.query("platform-admin", update, Map.of("id", id, "v", 0));
        assertThat(first.<Integer>read("$.data.schoolUpdateProfile.school.version")).isEqualTo(1);

        var stale = api.query("platform-admin", update, Map.of("id", id, "v", 0));
        assertThat(stale.<List<String>>read("$.data.schoolUpdateProfile.userErrors[*].code")).containsExactly("STALE_VERSION");
        assertThat(stale.<List<String>>read("$.data.schoolUpdateProfile.userErrors[0].field"))
                .containsExactly("input", "expectedVersion");
        assertThat(stale.<Object>read("$.data.schoolUpdateProfile.school")).isNull();
    }

    @Test
    void concurrentChangesWithoutAVersionAreAllKept() throws Exception {
        String id = registerSchool("Busy " + UUID.randomUUID()).read("$.data.schoolRegister.school.id");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<GraphQlHttp.Reply>> adds = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String code = "P" + i;
                adds.add(() -> api.query("platform-admin", """
                        mutation($id: ID!, $code: String!) { schoolProgramAdd(id: $id, input: {code: $code, name: "Program"}) {
                          userErrors { code } } }""", Map.of("id", id, "code", code)));
            }
            for (Future<GraphQlHttp.Reply> done : pool.invokeAll(adds)) {
                assertThat(done.get().<List<Object>>read("$.data.schoolProgramAdd.userErrors")).as(done.get().toString()).isEmpty();
            }
        } finally {
            pool.shutdown();
        }
        var school = api.query("platform-admin", "query($id: ID!) { node(id: $id) { ... on School { version programs { code } } } }",
                Map.of("id", id));
        assertThat(school.<List<String>>read("$.data.node.programs[*].code"))
                .containsExactlyInAnyOrder("P0", "P1", "P2", "P3", "P4", "P5", "P6", "P7");
        assertThat(school.<Integer>read("$.data.node.version")).isEqualTo(writers);
    }

    @Test
    void connectionsPageForwardAndBackwardWithOpaqueCursors() {
        String page = """
                query($first: Int, $after: String, $last: Int, $before: String) {
                  schools(first: $first, after: $after, last: $last, before: $before, orderBy: {field: NAME, direction: ASC}) {
                    edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""";
        List<String> all = api.query("advisor", page, Map.of("first", 100)).read("$.data.schools.edges[*].node.name");
        assertThat(all).hasSizeGreaterThanOrEqualTo(6);

        List<String> walked = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            var variables = new java.util.HashMap<String, Object>(Map.of("first", 2));
            if (after != null) {
                variables.put("after", after);
            }
            var reply = api.query("advisor", page, variables);
            walked.addAll(reply.read("$.data.schools.edges[*].node.name"));
            more = reply.read("$.data.schools.pageInfo.hasNextPage");
            after = reply.read("$.data.schools.pageInfo.endCursor");
        }
        assertThat(walked).isEqualTo(all);

        String thirdCursor = api.query("advisor", page, Map.of("first", 3)).read("$.data.schools.edges[2].cursor");
        var backward = api.query("advisor", page, Map.of("last", 2, "before", thirdCursor));
        assertThat(backward.<List<String>>read("$.data.schools.edges[*].node.name")).isEqualTo(all.subList(0, 2));
        assertThat(backward.<Boolean>read("$.data.schools.pageInfo.hasPreviousPage")).isFalse();
        assertThat(backward.<Boolean>read("$.data.schools.pageInfo.hasNextPage")).isTrue();

        var wrongOrder = api.query("advisor", "query($after: String) { schools(after: $after, orderBy: {field: CREATED_AT, direction: ASC}) { edges { cursor } } }",
                Map.of("after", thirdCursor));
        assertThat(wrongOrder.errorClassification()).isEqualTo("BAD_REQUEST");
        assertThat(api.query("advisor", "{ schools(first: 1, last: 1) { edges { cursor } } }").errorClassification())
                .isEqualTo("BAD_REQUEST");
        assertThat(api.query("advisor", page, Map.of("last", 2, "after", thirdCursor)).errorClassification())
                .as("after goes with first").isEqualTo("BAD_REQUEST");
    }

    @Test
    void aCompanyRegistersItselfIsVettedAndLosesItsVettingWhenItsLegalIdentityChanges() {
        String siret = Fixtures.validSiret();
        var registered = api.query("recruiter-y", """
                mutation($siret: String!) { companyRegister(input: {legalName: "Studio Neuf SAS", siret: $siret, kind: STUDIO}) {
                  userErrors { field code } company { id version vetting { status } canPublishOffers } } }""", Map.of("siret", siret));
        String id = registered.read("$.data.companyRegister.company.id");
        assertThat(registered.<String>read("$.data.companyRegister.company.vetting.status")).isEqualTo("PENDING");
        assertThat(registered.<Boolean>read("$.data.companyRegister.company.canPublishOffers")).isFalse();
        assertThat(api.query("recruiter-y", "{ viewer { memberships { role company { id } } } }")
                .<List<String>>read("$.data.viewer.memberships[?(@.role == 'RECRUITER')].company.id")).contains(id);

        var retried = api.query("recruiter-y", """
                mutation($siret: String!) { companyRegister(input: {legalName: "Studio Neuf SAS", siret: $siret, kind: STUDIO}) {
                  company { id } } }""", Map.of("siret", siret));
        assertThat(retried.<String>read("$.data.companyRegister.company.id")).as("idempotent retry").isEqualTo(id);

        int reviewed = registered.read("$.data.companyRegister.company.version");
        String verify = """
                mutation($id: ID!, $v: Int!) { companyVerify(id: $id, expectedVersion: $v) {
                  userErrors { field code } company { version vetting { status } canPublishOffers } } }""";
        var verified = api.query("advisor", verify, Map.of("id", id, "v", reviewed));
        assertThat(verified.<Boolean>read("$.data.companyVerify.company.canPublishOffers")).isTrue();

        var renamed = api.query("recruiter-y", """
                mutation($id: ID!, $siret: String!) { companyUpdateProfile(id: $id, input: {legalName: "Studio Renommé SAS",
                  siret: $siret, kind: STUDIO}) { company { vetting { status } canPublishOffers } } }""",
                Map.of("id", id, "siret", siret));
        assertThat(renamed.<String>read("$.data.companyUpdateProfile.company.vetting.status")).isEqualTo("PENDING");

        // An advisor still looking at the version they reviewed cannot verify the renamed company unseen.
        var unseen = api.query("advisor", verify, Map.of("id", id, "v", reviewed));
        assertThat(unseen.<List<String>>read("$.data.companyVerify.userErrors[*].code")).containsExactly("STALE_VERSION");
        assertThat(unseen.<List<String>>read("$.data.companyVerify.userErrors[0].field")).containsExactly("expectedVersion");
    }

    @Test
    void anExplicitNullOrderingFallsBackToTheDefault() {
        var reply = api.query("advisor", "{ schools(first: 3, orderBy: null) { edges { node { name } } } companies(first: 3, orderBy: null) { edges { node { id } } } }");
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(reply.<List<String>>read("$.data.schools.edges[*].node.name")).hasSize(3);
    }

    @Test
    void anInvalidSiretIsAUserError() {
        var reply = api.query("recruiter-y", """
                mutation { companyRegister(input: {legalName: "Bad", siret: "12345678901234", kind: OTHER}) {
                  userErrors { field code message } company { id } } }""");
        assertThat(reply.<List<String>>read("$.data.companyRegister.userErrors[0].field")).containsExactly("input", "siret");
        assertThat(reply.<String>read("$.data.companyRegister.userErrors[0].code")).isEqualTo("INVALID");
    }

    @Test
    void anInvitationIsAcceptedOnlyByItsAddressee() {
        var company = api.query("platform-admin", """
                mutation($siret: String!) { companyRegister(input: {legalName: "Invitations SARL", siret: $siret, kind: FLEET}) {
                  company { id } } }""", Map.of("siret", Fixtures.validSiret()));
        String companyId = company.read("$.data.companyRegister.company.id");
        var invite = api.query("platform-admin", """
                mutation($id: ID!) { companyMemberInvite(id: $id, input: {email: "LEARNER@passerelle.dev", role: TUTOR}) {
                  userErrors { code } membership { id status email } } }""", Map.of("id", companyId));
        String invitationId = invite.read("$.data.companyMemberInvite.membership.id");
        assertThat(invite.<String>read("$.data.companyMemberInvite.membership.email")).isEqualTo("learner@passerelle.dev");

        assertThat(api.query("learner", "{ viewer { invitations { id } } }").<List<String>>read("$.data.viewer.invitations[*].id"))
                .contains(invitationId);
        var stranger = api.query("school-admin-a", "mutation($id: ID!) { membershipAccept(id: $id) { membership { id } } }",
                Map.of("id", invitationId));
        assertThat(stranger.errorClassification()).isEqualTo("NOT_FOUND");

        var accepted = api.query("learner", "mutation($id: ID!) { membershipAccept(id: $id) { membership { status company { id } } } }",
                Map.of("id", invitationId));
        assertThat(accepted.<String>read("$.data.membershipAccept.membership.status")).isEqualTo("ACTIVE");
        assertThat(api.query("learner", "{ companies(first: 10) { edges { node { id } } } }")
                .<List<String>>read("$.data.companies.edges[*].node.id")).contains(companyId);
    }

    @Test
    void scalarsCarryMeaning() {
        var tiers = api.query("learner", "{ partnershipTiers { tier annualFee } }");
        assertThat(tiers.<Map<String, Object>>read("$.data.partnershipTiers[3].annualFee"))
                .isEqualTo(Map.of("amount", 2_500_000, "currency", "EUR"));
        var badEmail = api.query("platform-admin", """
                mutation { schoolMemberInvite(id: "%s", input: {email: "not-an-email", role: SCHOOL_STAFF}) { membership { id } } }"""
                .formatted(SCHOOL_A));
        assertThat(badEmail.errorMessage()).contains("e-mail");
        assertThat(badEmail.<Object>find("$.data")).isNull();
    }

    @Test
    void operationsEndpointsAnswer() {
        assertThat(api.get("/actuator/health/readiness", Map.of()).body()).contains("\"UP\"");
        assertThat(api.get("/actuator/health/liveness", Map.of()).body()).contains("\"UP\"");
        api.query("advisor", "{ schools(first: 1) { edges { node { id } } } }");
        String metrics = api.get("/actuator/prometheus", Map.of()).body();
        assertThat(metrics).contains("graphql_request_seconds").as("per-field timings are off: they cost more than they"
                + " tell").doesNotContain("graphql_datafetcher_seconds");
        assertThat(api.get("/v3/api-docs", Map.of()).body()).contains("/dev/personas");
    }

    private GraphQlHttp.Reply registerSchool(String name) {
        return api.query("platform-admin", REGISTER_SCHOOL, Map.of("input", Map.of("name", name, "kind", "SOUND")));
    }
}
