package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.eventually;
import static fr.passerelle.api.Fixtures.freshEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Duplicate learner profiles over HTTP with real tokens: any school can register a row with any address, so
 * advisors and platform admins detach another school's row from claims, or merge a school's second row into its
 * first. Every profile here is the test's own, under a fresh address.
 */
class LearnerDuplicatesTest extends LearnerApiTest {

    static final String DETACH = """
            mutation($id: ID!, $reason: String!) { learnerDetach(id: $id, reason: $reason) {
              userErrors { message field code } learner { id claimed claimable detachment { reason at mergedIntoId } } } }""";
    static final String MERGE = """
            mutation($keep: ID!, $duplicate: ID!) { learnerMerge(keepId: $keep, duplicateId: $duplicate) {
              userErrors { message field code } learner { id claimable detachment { reason } } } }""";
    static final String DUPLICATE_STATE = """
            query($id: ID!) { node(id: $id) { ... on Learner { claimed claimable detachment { reason mergedIntoId } } } }""";
    static final String REASON = "Row of school B with the address of school A's student";

    private GraphQlHttp.Reply detach(String persona, String id, String reason) {
        return api.query(persona, DETACH, Map.of("id", id, "reason", reason));
    }

    private GraphQlHttp.Reply merge(String persona, String keep, String duplicate) {
        return api.query(persona, MERGE, Map.of("keep", keep, "duplicate", duplicate));
    }

    private String rowOf(String persona, String schoolId, String lastName, String email) {
        return (String) register(persona, schoolId, "Camille", lastName, email).get("id");
    }

    private Map<String, Object> stateOf(String id) {
        var reply = api.query("platform-admin", DUPLICATE_STATE, Map.of("id", id));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        return reply.read("$.data.node");
    }

    private List<String> rosterIds(String persona, String schoolId, String lastName) {
        return api.query(persona, """
                query($school: ID!, $name: String!) { node(id: $school) { ... on School {
                  learners(filter: {nameContains: $name}) { edges { node { id } } } } } }""",
                Map.of("school", schoolId, "name", lastName)).read("$.data.node.learners.edges[*].node.id");
    }

    @Test
    void anAdvisorDetachesTheRowAnotherSchoolImportedSoThePlainClaimTakesTheStudentsOwnSchoolsProfile() {
        Caller student = newLearner();
        String lastName = Fixtures.unique("Invitée");
        String ofSchoolA = rowOf("school-admin-a", SCHOOL_A, lastName, student.email());
        String squatter = rowOf("school-admin-b", SCHOOL_B, lastName, student.email());
        assertThat(userErrorsOf(as(student, CLAIM))).as("ambiguous without schoolId").singleElement()
                .satisfies(error -> assertThat(error).containsEntry("code", "INVALID_STATE")
                        .containsEntry("field", List.of("email")));

        var detached = learnerOf(detach("advisor", squatter, REASON));

        assertThat(detached).containsEntry("id", squatter).containsEntry("claimed", false)
                .containsEntry("claimable", false);
        assertThat(detached.get("detachment")).asInstanceOf(MAP).containsEntry("reason", REASON)
                .containsEntry("mergedIntoId", null).extractingByKey("at").isNotNull();
        assertThat(rosterIds("school-admin-b", SCHOOL_B, lastName)).as("still school B's row")
                .containsExactly(squatter);

        assertThat(learnerOf(as(student, CLAIM)).get("id")).isEqualTo(ofSchoolA);
        assertThat(stateOf(squatter)).containsEntry("claimed", false).containsEntry("claimable", false);
        String advisor = api.query("advisor", "{ viewer { subject } }").read("$.data.viewer.subject");
        var history = eventually(() -> api.query("platform-admin", """
                query($id: ID!) { node(id: $id) { ... on Learner { history { edges { node { action actor { subject } } } } } } }""",
                Map.of("id", squatter)).<List<Map<String, Object>>>read("$.data.node.history.edges[*].node"),
                entries -> entries.size() >= 2);
        assertThat(history.get(0)).containsEntry("action", "learner.detached")
                .containsEntry("actor", Map.of("subject", advisor));
    }

    @Test
    void detachingAgainChangesNothingAndAClaimedProfileCannotBeDetached() {
        String row = rowOf("school-admin-b", SCHOOL_B, Fixtures.unique("Deux"), freshEmail());
        var first = learnerOf(detach("advisor", row, REASON));
        var again = learnerOf(detach("platform-admin", row, "another reason"));
        assertThat(again).isEqualTo(first);

        String claimed = claimedLearnerOfSchoolB().getValue();
        assertThat(userErrorsOf(detach("advisor", claimed, REASON))).singleElement().satisfies(error ->
                assertThat(error).containsEntry("code", "INVALID_STATE").containsEntry("field", List.of("id")));
        assertThat(userErrorsOf(detach("advisor", row, " "))).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("code", "REQUIRED").containsEntry("field", List.of("reason")));
        assertThat(stateOf(claimed)).containsEntry("claimed", true).containsEntry("detachment", null);
    }

    /** Columns: the persona, then the outcome on a row of school A and on a missing id. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "platform-admin, OK", "advisor, OK", "school-admin-a, FORBIDDEN", "school-admin-b, NOT_FOUND",
            "recruiter-x, NOT_FOUND", "learner, NOT_FOUND"})
    void onlyAdvisorsAndPlatformAdminsDetachAndMerge(String persona, String expected) {
        String email = freshEmail();
        String lastName = Fixtures.unique("Matrice");
        String first = rowOf("school-admin-a", SCHOOL_A, lastName, email);
        String second = rowOf("school-admin-a", SCHOOL_A, lastName, email);

        var detached = detach(persona, first, REASON);
        var missing = detach(persona, MISSING, REASON);
        assertThat(outcome(detached)).isEqualTo(expected);
        assertThat(outcome(missing)).isEqualTo(NOT_FOUND);
        if (expected.equals(NOT_FOUND)) {
            // Someone else's profile and a missing one look the same, message included.
            assertThat(detached.errorMessage().replace(first, "ID")).isEqualTo(missing.errorMessage()
                    .replace(MISSING, "ID"));
        }
        assertThat(outcome(merge(persona, first, second))).isEqualTo(expected);
        if (!expected.equals(OK)) {
            assertThat(stateOf(first)).containsEntry("claimable", true);
            assertThat(stateOf(second)).containsEntry("claimable", true);
        }
    }

    @Test
    void anAdvisorMergesASchoolsSecondRowIntoItsFirstWhichThenTakesTheClaim() {
        Caller student = newLearner();
        String lastName = Fixtures.unique("Doublée");
        String first = rowOf("school-admin-a", SCHOOL_A, lastName, student.email());
        String second = rowOf("school-admin-a", SCHOOL_A, lastName, student.email());

        var kept = learnerOf(merge("advisor", first, second));

        assertThat(kept).containsEntry("id", first).containsEntry("claimable", true).containsEntry("detachment", null);
        assertThat(stateOf(second)).containsEntry("claimable", false).containsEntry("detachment",
                Map.of("reason", "merged as a duplicate", "mergedIntoId", first));
        assertThat(rosterIds("school-admin-a", SCHOOL_A, lastName)).containsExactly(first);
        assertThat(api.query("advisor", """
                query($id: ID!) { node(id: $id) { ... on Learner { detachment { mergedInto { id lastName } } } } }""",
                Map.of("id", second)).<Map<String, Object>>read("$.data.node.detachment.mergedInto"))
                .as("the kept profile, as an object").containsEntry("id", first).containsEntry("lastName", lastName);
        assertThat(learnerOf(merge("platform-admin", first, second)).get("id")).as("again: nothing changes")
                .isEqualTo(first);

        var claimed = learnerOf(as(student, """
                mutation($school: ID!) { learnerClaim(schoolId: $school) { userErrors { code } learner { id } } }""",
                Map.of("school", SCHOOL_A)));
        assertThat(claimed.get("id")).isEqualTo(first);
    }

    @Test
    void anotherSchoolsRowOrAnotherPersonIsNotMerged() {
        String email = freshEmail();
        String ofSchoolA = rowOf("school-admin-a", SCHOOL_A, Fixtures.unique("Voisine"), email);
        String ofSchoolB = rowOf("school-admin-b", SCHOOL_B, Fixtures.unique("Voisine"), email);
        String someoneElse = rowOf("school-admin-a", SCHOOL_A, Fixtures.unique("Autre"), freshEmail());

        assertThat(userErrorsOf(merge("advisor", ofSchoolA, ofSchoolB))).singleElement().satisfies(error ->
                assertThat(error).containsEntry("code", "INVALID").containsEntry("field", List.of("duplicateId")));
        assertThat(userErrorsOf(merge("advisor", ofSchoolA, someoneElse))).singleElement().satisfies(error ->
                assertThat(error).containsEntry("code", "INVALID").containsEntry("field", List.of("duplicateId")));
        assertThat(stateOf(ofSchoolB)).containsEntry("claimable", true);
        assertThat(stateOf(someoneElse)).containsEntry("claimable", true);
    }
}
