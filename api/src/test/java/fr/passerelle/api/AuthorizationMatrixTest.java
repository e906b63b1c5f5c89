package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may read and change which school and company, over HTTP with real tokens. Tenancy comes from memberships in
 * our data: school A's admin manages A only, recruiter X manages company X only, advisors read everything and vet,
 * and for everyone else another tenant's object is indistinguishable from a missing one.
 */
class AuthorizationMatrixTest extends ApiTest {

    private static final String OK = "OK";
    private static final String NOT_FOUND = "NOT_FOUND";
    private static final String FORBIDDEN = "FORBIDDEN";

    static Stream<Arguments> matrix() {
        //                 persona            readA readX  updateA    tierA      inviteA    siteX      verifyX
        return Stream.of(
                row("platform-admin", OK, OK, OK, OK, OK, OK, OK),
                row("advisor", OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                row("school-admin-a", OK, NOT_FOUND, OK, FORBIDDEN, OK, NOT_FOUND, NOT_FOUND),
                row("school-admin-b", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                row("recruiter-x", NOT_FOUND, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                row("recruiter-y", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                row("learner", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
    }

    private static Arguments row(String persona, String readA, String readX, String updateA, String tierA,
                                 String inviteA, String siteX, String verifyX) {
        return Arguments.of(persona, readA, readX, updateA, tierA, inviteA, siteX, verifyX);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachPersonaGetsExactlyWhatItsRoleAndTenancyAllow(String persona, String readA, String readX, String updateA,
                                                          String tierA, String inviteA, String siteX, String verifyX) {
        assertThat(read(persona, SCHOOL_A)).as("read school A").isEqualTo(readA);
        assertThat(read(persona, COMPANY_X)).as("read company X").isEqualTo(readX);
        assertThat(outcome(persona, """
                mutation($id: ID!) { schoolUpdateProfile(id: $id, input: {name: "ENS Louis-Lumière",
                  kind: CINEMA_AUDIOVISUAL, description: "Updated"}) { userErrors { code } school { id } } }""",
                SCHOOL_A)).as("update school A").isEqualTo(updateA);
        assertThat(outcome(persona, """
                mutation($id: ID!) { schoolChangeTier(id: $id, input: {tier: PREMIUM}) {
                  userErrors { code } school { id } } }""", SCHOOL_A)).as("change tier of A").isEqualTo(tierA);
        assertThat(outcome(persona, """
                mutation($id: ID!) { schoolMemberInvite(id: $id, input: {email: "teacher@louis-lumiere.test",
                  role: SCHOOL_STAFF}) { userErrors { code } membership { id } } }""", SCHOOL_A))
                .as("invite into A").isEqualTo(inviteA);
        assertThat(outcome(persona, """
                mutation($id: ID!, $name: String!) { companySiteAdd(id: $id, input: {name: $name,
                  address: {postalCode: "69007", city: "Lyon", latitude: 45.73, longitude: 4.83}}) {
                  userErrors { code } company { id } } }""", COMPANY_X, Map.of("name", "Site " + UUID.randomUUID())))
                .as("add a site to X").isEqualTo(siteX);
        assertThat(outcome(persona, """
                mutation($id: ID!, $v: Int!) { companyVerify(id: $id, expectedVersion: $v, note: "Demo data: vetted") {
                  userErrors { code } company { id } } }""", COMPANY_X, Map.of("v", currentVersion(COMPANY_X))))
                .as("verify X").isEqualTo(verifyX);
    }

    @Test
    void listsAreScopedToTheCallersTenants() {
        assertThat(schoolIds("school-admin-a")).containsExactly(SCHOOL_A);
        assertThat(schoolIds("school-admin-b")).containsExactly(SCHOOL_B);
        assertThat(schoolIds("advisor")).contains(SCHOOL_A, SCHOOL_B).hasSizeGreaterThanOrEqualTo(6);
        assertThat(schoolIds("recruiter-x")).isEmpty();
        assertThat(companyIds("recruiter-x")).containsExactly(COMPANY_X);
        assertThat(companyIds("recruiter-y")).containsExactly(COMPANY_Y);
        assertThat(companyIds("school-admin-a")).isEmpty();
        assertThat(companyIds("learner")).doesNotContain(COMPANY_X, COMPANY_Y);
    }

    @Test
    void nestedFieldsAreAuthorisedToo() {
        // Recruiter X reaches its own membership's company, but nothing of school A through any path.
        var reply = api.query("recruiter-x", """
                { viewer { memberships { company { legalName members(first: 5) { edges { node { email } } } } school { name } } }
                  nodes(ids: ["%s", "%s"]) { id } }""".formatted(SCHOOL_A, COMPANY_Y));
        assertThat(reply.<List<String>>read("$.data.viewer.memberships[*].company.legalName"))
                .containsExactly("Garage Martin Automobiles SARL");
        assertThat(reply.<List<Object>>read("$.data.viewer.memberships[*].school")).containsOnlyNulls();
        assertThat(reply.<List<Object>>read("$.data.nodes")).containsExactly(null, null);

        var members = api.query("school-admin-b", """
                { node(id: "%s") { ... on School { members(first: 5) { edges { node { email } } } } } }"""
                .formatted(SCHOOL_A));
        assertThat(members.<Object>read("$.data.node")).isNull();
    }

    @Test
    void someoneElsesObjectAndAMissingOneLookTheSame() {
        String missing = globalId("School", "no-such-school");
        var hidden = api.query("school-admin-b", "mutation($id: ID!) { schoolProgramRemove(id: $id, code: \"X\") { school { id } } }",
                Map.of("id", SCHOOL_A));
        var absent = api.query("school-admin-b", "mutation($id: ID!) { schoolProgramRemove(id: $id, code: \"X\") { school { id } } }",
                Map.of("id", missing));
        assertThat(hidden.errorClassification()).isEqualTo(NOT_FOUND).isEqualTo(absent.errorClassification());
        assertThat(hidden.errorMessage().replace(SCHOOL_A, "ID")).doesNotContain("demo-school-louis-lumiere")
                .isEqualTo(absent.errorMessage().replace(missing, "ID"));
        assertThat(api.query("school-admin-b", "{ node(id: \"" + missing + "\") { id } }").<Object>read("$.data.node")).isNull();
    }

    private String read(String persona, String id) {
        var reply = api.query(persona, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", id));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        return reply.find("$.data.node.id") == null ? NOT_FOUND : OK;
    }

    private String outcome(String persona, String mutation, String id) {
        return outcome(persona, mutation, id, Map.of());
    }

    private String outcome(String persona, String mutation, String id, Map<String, Object> more) {
        var variables = new java.util.HashMap<String, Object>(more);
        variables.put("id", id);
        var reply = api.query(persona, mutation, variables);
        if (reply.errorClassification() != null) {
            return reply.errorClassification();
        }
        List<Object> userErrors = reply.read("$.data.*.userErrors[*]");
        assertThat(userErrors).as(reply.toString()).isEmpty();
        return OK;
    }

    /** The version an advisor would see now (read as platform admin, who sees everything). */
    private int currentVersion(String id) {
        return api.query("platform-admin", "query($id: ID!) { node(id: $id) { ... on Company { version } } }",
                Map.of("id", id)).read("$.data.node.version");
    }

    private List<String> schoolIds(String persona) {
        return api.query(persona, "{ schools(first: 100) { edges { node { id } } } }").read("$.data.schools.edges[*].node.id");
    }

    private List<String> companyIds(String persona) {
        return api.query(persona, "{ companies(first: 100) { edges { node { id } } } }").read("$.data.companies.edges[*].node.id");
    }
}
