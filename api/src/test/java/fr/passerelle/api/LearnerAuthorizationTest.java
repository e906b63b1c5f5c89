package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.eventually;
import static fr.passerelle.api.Fixtures.freshEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may read which learner, over HTTP with real tokens, through every way in: {@code node}, {@code nodes}, the
 * {@code learners} list, a school's roster and {@code viewer.learnerProfile}. Léa (school B, the learner persona's
 * own profile) and Chloé (school A, unclaimed) are the demo learners read; none of these tests changes them.
 */
class LearnerAuthorizationTest extends LearnerApiTest {

    static Stream<Arguments> matrix() {
        // Columns: node/nodes Léa, node/nodes Chloé, Léa in learners(), Chloé in learners(),
        //          school B's roster (null: the school itself is invisible), school A's roster, own profile.
        return Stream.of(
                Arguments.of("platform-admin", true, true, true, true, true, true, null),
                Arguments.of("advisor", true, true, true, true, true, true, null),
                Arguments.of("school-admin-a", false, true, false, true, null, true, null),
                Arguments.of("school-admin-b", true, false, true, false, true, null, null),
                Arguments.of("recruiter-x", false, false, false, false, null, null, null),
                Arguments.of("recruiter-y", false, false, false, false, null, null, null),
                // A learner reads their own profile (node or viewer) but lists nobody: learners() is for staff.
                Arguments.of("learner", true, false, false, false, null, null, LEA));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachPersonaReadsExactlyTheLearnersItsRoleAndTenancyAllow(String persona, boolean lea, boolean chloe,
                                                                   boolean listsLea, boolean listsChloe,
                                                                   Boolean rosterB, Boolean rosterA, String own) {
        var reply = api.query(persona, """
                query($lea: ID!, $chloe: ID!, $ids: [ID!]!) {
                  lea: node(id: $lea) { id ... on Learner { firstName } }
                  chloe: node(id: $chloe) { id ... on Learner { firstName } }
                  nodes(ids: $ids) { id }
                  withLea: learners(first: 100, filter: {nameContains: "Apprenante"}) { edges { node { id } } }
                  withChloe: learners(first: 100, filter: {nameContains: "Garnier"}) { edges { node { id } } }
                  viewer { learnerProfile { id } }
                }""", Map.of("lea", LEA, "chloe", CHLOE, "ids", List.of(LEA, CHLOE, MISSING)));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();

        assertThat(reply.<String>find("$.data.lea.id")).as("node(Léa)").isEqualTo(lea ? LEA : null);
        assertThat(reply.<String>find("$.data.chloe.id")).as("node(Chloé)").isEqualTo(chloe ? CHLOE : null);
        assertThat(reply.<List<Object>>read("$.data.nodes[*]")).as("nodes(Léa, Chloé, missing)")
                .containsExactly(lea ? Map.of("id", LEA) : null, chloe ? Map.of("id", CHLOE) : null, null);
        assertThat(reply.<String>find("$.data.lea.firstName")).isEqualTo(lea ? "Léa" : null);
        assertThat(reply.<String>find("$.data.chloe.firstName")).isEqualTo(chloe ? "Chloé" : null);

        List<String> withLea = reply.read("$.data.withLea.edges[*].node.id");
        List<String> withChloe = reply.read("$.data.withChloe.edges[*].node.id");
        if (listsLea) {
            assertThat(withLea).as("learners() finds Léa").contains(LEA);
        } else {
            assertThat(withLea).as("learners() hides Léa").doesNotContain(LEA);
        }
        if (listsChloe) {
            assertThat(withChloe).as("learners() finds Chloé").contains(CHLOE);
        } else {
            assertThat(withChloe).as("learners() hides Chloé").doesNotContain(CHLOE);
        }

        assertRoster(persona, SCHOOL_B, "Apprenante", LEA, rosterB);
        assertRoster(persona, SCHOOL_A, "Garnier", CHLOE, rosterA);

        assertThat(reply.<String>find("$.data.viewer.learnerProfile.id")).as("viewer.learnerProfile").isEqualTo(own);
    }

    private void assertRoster(String persona, String school, String name, String learner, Boolean visible) {
        var reply = api.query(persona, """
                query($school: ID!, $name: String!) { node(id: $school) { id ... on School {
                  learners(first: 100, filter: {nameContains: $name}) { edges { node { id email } } } } } }""",
                Map.of("school", school, "name", name));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        if (visible == null) {
            assertThat(reply.<Object>read("$.data.node")).as("%s cannot see the school at all", persona).isNull();
        } else {
            assertThat(reply.<List<String>>read("$.data.node.learners.edges[*].node.id"))
                    .as("%s reads the school's roster", persona).containsExactly(learner);
            assertThat(reply.<List<String>>read("$.data.node.learners.edges[*].node.email")).doesNotContainNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"platform-admin", "advisor", "school-admin-b", "learner"})
    void whoeverMayReadLeaSeesHerContactData(String persona) {
        var reply = api.query(persona, READ, Map.of("id", LEA));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(reply.<String>read("$.data.node.email")).isEqualTo("learner@passerelle.dev");
        assertThat(reply.<String>read("$.data.node.phone")).isEqualTo("+33612345678");
        assertThat(reply.<String>read("$.data.node.birthDate")).isEqualTo("2005-04-12");
        assertThat(reply.<String>read("$.data.node.address.city")).isEqualTo("Lyon");
        assertThat(reply.<Double>read("$.data.node.address.location.latitude")).isEqualTo(45.7431);
        assertThat(reply.<Map<String, Object>>read("$.data.node.career.mobility.homeBase"))
                .containsEntry("latitude", 45.7431).containsEntry("longitude", 4.8414);
        assertThat(reply.<Integer>read("$.data.node.career.mobility.radiusKm")).isEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"platform-admin", "advisor", "school-admin-a"})
    void whoeverMayReadChloeSeesHerContactData(String persona) {
        var reply = api.query(persona, READ, Map.of("id", CHLOE));
        assertThat(reply.<String>read("$.data.node.email")).as(reply.toString()).isEqualTo("chloe@eleves.example.fr");
        assertThat(reply.<Boolean>read("$.data.node.claimed")).isFalse();
        assertThat(reply.<String>read("$.data.node.source")).isEqualTo("SCHOOL_IMPORT");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"recruiter-x", "recruiter-y"})
    void recruitersGetNothingOfAnyLearnerNotEvenANameOrAnEmail(String persona) {
        var reply = api.query(persona, """
                query($ids: [ID!]!) {
                  nodes(ids: $ids) { id ... on Learner { firstName email phone birthDate address { city } career { mobility { homeBase { latitude } } } } }
                  learners(first: 100) { edges { node { id email } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
                  viewer { learnerProfile { id email } }
                }""", Map.of("ids", List.of(LEA, KARIM, INES, THEO, CHLOE, YANIS)));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(reply.<List<Object>>read("$.data.nodes")).hasSize(6).containsOnlyNulls();
        assertThat(reply.<List<Object>>read("$.data.learners.edges")).isEmpty();
        assertThat(reply.<Boolean>read("$.data.learners.pageInfo.hasNextPage")).isFalse();
        assertThat(reply.<Object>read("$.data.viewer.learnerProfile")).isNull();
        assertThat(reply.body()).doesNotContain("passerelle.dev", "eleves.example.fr", "Léa", "+336", "Lyon");
    }

    @Test
    void schoolStaffListTheirOwnSchoolsLearnersOnly() {
        var schoolB = Map.of(LEA, SCHOOL_B, KARIM, SCHOOL_B, INES, SCHOOL_B, THEO, SCHOOL_B);
        var schoolA = Map.of(CHLOE, SCHOOL_A, YANIS, SCHOOL_A);
        assertThat(listed("school-admin-b")).isEqualTo(schoolB);
        assertThat(listed("school-admin-a")).isEqualTo(schoolA);
        var all = new java.util.HashMap<>(schoolB);
        all.putAll(schoolA);
        assertThat(listed("advisor")).isEqualTo(all);
        assertThat(listed("platform-admin")).isEqualTo(all);
        assertThat(listed("learner")).isEmpty();
        assertThat(listed("recruiter-x")).isEmpty();
    }

    /** The demo learners learners() finds for the persona, one name search each, with the school each resolves to. */
    private Map<String, String> listed(String persona) {
        var reply = api.query(persona, """
                { lea: learners(filter: {nameContains: "Apprenante"}) { ...ids }
                  karim: learners(filter: {nameContains: "Benali"}) { ...ids }
                  ines: learners(filter: {nameContains: "Moreau"}) { ...ids }
                  theo: learners(filter: {nameContains: "Lambert"}) { ...ids }
                  chloe: learners(filter: {nameContains: "Garnier"}) { ...ids }
                  yanis: learners(filter: {nameContains: "Roux"}) { ...ids } }
                fragment ids on LearnerConnection { edges { node { id academic { school { id } } } } }""");
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        Map<String, String> schoolByLearner = new java.util.HashMap<>();
        for (String alias : List.of("lea", "karim", "ines", "theo", "chloe", "yanis")) {
            List<Map<String, Object>> nodes = reply.read("$.data." + alias + ".edges[*].node");
            for (Map<String, Object> node : nodes) {
                String id = (String) node.get("id");
                if (List.of(LEA, KARIM, INES, THEO, CHLOE, YANIS).contains(id)) {
                    @SuppressWarnings("unchecked")
                    var school = (Map<String, Object>) ((Map<String, Object>) node.get("academic")).get("school");
                    schoolByLearner.put(id, school == null ? "none" : (String) school.get("id"));
                }
            }
        }
        return schoolByLearner;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"school-admin-a", "recruiter-x", "recruiter-y"})
    void someoneElsesLearnerAndAMissingOneLookTheSame(String persona) {
        var hidden = api.query(persona, READ, Map.of("id", LEA));
        var missing = api.query(persona, READ, Map.of("id", MISSING));
        var notAnId = api.query(persona, READ, Map.of("id", "not-a-global-id"));
        assertThat(hidden.body()).isEqualTo(missing.body()).isEqualTo(notAnId.body()).isEqualTo("{\"data\":{\"node\":null}}");

        var hiddenChange = api.query(persona, SKILL_REMOVE, Map.of("id", LEA, "code", "auto-brakes"));
        var missingChange = api.query(persona, SKILL_REMOVE, Map.of("id", MISSING, "code", "auto-brakes"));
        assertThat(hiddenChange.errorClassification()).isEqualTo(NOT_FOUND).isEqualTo(missingChange.errorClassification());
        assertThat(hiddenChange.errorMessage().replace(LEA, "ID")).doesNotContain("demo-learner-lea")
                .isEqualTo(missingChange.errorMessage().replace(MISSING, "ID"));
    }

    @Test
    void theOtherLearnersProfileIsAsInvisibleToALearnerAsAMissingOne() {
        Caller someoneElse = newLearner();
        selfRegister(someoneElse, "Sam", "Autre");
        assertThat(as(someoneElse, READ, Map.of("id", LEA)).body()).isEqualTo("{\"data\":{\"node\":null}}");
        assertThat(as(someoneElse, MY_PROFILE).<String>read("$.data.viewer.learnerProfile.firstName")).isEqualTo("Sam");
        assertThat(api.query("learner", MY_PROFILE).<String>read("$.data.viewer.learnerProfile.id")).isEqualTo(LEA);
    }

    // ---- nested fields -------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"platform-admin", "advisor", "school-admin-b"})
    void theAcademicSchoolResolvesForStaffAdvisorsAndAdmins(String persona) {
        var reply = api.query(persona, """
                query($ids: [ID!]!) { nodes(ids: $ids) { ... on Learner { id academic { programCode school { id name } } } } }""",
                Map.of("ids", List.of(LEA, KARIM, INES, THEO)));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(reply.<List<String>>read("$.data.nodes[*].academic.school.id"))
                .containsExactly(SCHOOL_B, SCHOOL_B, SCHOOL_B, SCHOOL_B);
        assertThat(reply.<List<String>>read("$.data.nodes[*].academic.school.name")).containsOnly("MécaFormation Lyon");
        assertThat(reply.<List<String>>read("$.data.nodes[*].academic.programCode"))
                .containsExactly("BACPRO-MV", "CAP-MV", "BACPRO-MV", "BACPRO-MV");
    }

    @Test
    void schoolAStaffSeeTheirOwnSchoolOnTheirLearners() {
        var reply = api.query("school-admin-a", """
                query($ids: [ID!]!) { nodes(ids: $ids) { ... on Learner { academic { school { id } } } } }""",
                Map.of("ids", List.of(CHLOE, YANIS)));
        assertThat(reply.<List<String>>read("$.data.nodes[*].academic.school.id")).containsExactly(SCHOOL_A, SCHOOL_A);
    }

    @Test
    void aLearnerSeesTheirAcademicPartButNotASchoolTheyMayNotRead() {
        // The contract: "the school, or null for an independent learner (or one whose school you may not see)".
        var reply = api.query("learner", MY_PROFILE);
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(reply.<Object>read("$.data.viewer.learnerProfile.academic.school")).isNull();
        assertThat(reply.<String>read("$.data.viewer.learnerProfile.academic.programCode")).isEqualTo("BACPRO-MV");
        assertThat(reply.<String>read("$.data.viewer.learnerProfile.academic.externalStudentId")).isEqualTo("MF-2024-002");
        assertThat(reply.<List<String>>read("$.data.viewer.learnerProfile.skills[*].code"))
                .containsExactlyInAnyOrder("auto-diagnostic", "auto-brakes", "elec-b1vl");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"platform-admin", "advisor", "school-admin-b", "learner"})
    void leasHistoryShowsHerSeededRegistrationToHerReaders(String persona) {
        List<Map<String, Object>> history = eventually(() -> history(persona, LEA), entries -> !entries.isEmpty());
        Map<String, Object> first = history.get(history.size() - 1);
        assertThat(first).containsEntry("action", "learner.registered").containsEntry("objectId", LEA)
                .containsEntry("objectType", "Learner");
        assertThat(first.get("actor")).asInstanceOf(MAP)
                .containsEntry("subject", "system");
    }

    @Test
    void aLearnersHistoryRecordsRegistrationAndEveryChangeWithWhoActedNewestFirst() {
        String email = freshEmail();
        String learner = newLearnerOfSchoolB(email);
        Fixtures.assertSucceeded(api.query("school-admin-b", UPDATE_ACADEMIC, Map.of("id", learner,
                "input", Map.of("programCode", "CAP-MV", "graduationYear", today().getYear() + 1))));
        var identity = identity("Camille", "Essai", email);
        identity.put("phone", "+33 6 98 76 54 32");
        Fixtures.assertSucceeded(api.query("platform-admin", UPDATE_IDENTITY, Map.of("id", learner,
                "input", Map.of("identity", identity))));

        String staff = given.subjectOf("school-admin-b");
        String admin = given.subjectOf("platform-admin");
        for (String reader : List.of("school-admin-b", "advisor", "platform-admin")) {
            List<Map<String, Object>> history = eventually(() -> history(reader, learner), entries -> entries.size() >= 3);
            assertThat(history).extracting(e -> e.get("action")).as("newest first, read by %s", reader).containsExactly(
                    "learner.identity_updated", "learner.academic_updated", "learner.registered");
            assertThat(history).extracting(e -> actor(e).get("subject")).containsExactly(admin, staff, staff);
            // School B's admin acts as its member; the platform admin, who is not one, on its behalf.
            assertThat(history).extracting(e -> actor(e).get("organisationId")).containsExactly(null, SCHOOL_B, SCHOOL_B);
            assertThat(history).extracting(e -> actor(e).get("onBehalfOfId")).containsExactly(SCHOOL_B, null, null);
            assertThat(actor(history.get(0)).get("roles")).asList().containsExactly("PLATFORM_ADMIN");
            assertThat(history.get(0).get("changedFields")).asList().contains("identity.phone");
            assertThat(history.get(1).get("changedFields")).asList()
                    .contains("academic.programCode", "academic.graduationYear");
            assertThat(history).extracting(e -> ((Number) e.get("objectVersion")).intValue()).isSortedAccordingTo(
                    (x, y) -> Integer.compare(y, x));
            assertThat(history.toString()).as("never values").doesNotContain(email, "98765432", "CAP-MV");
        }
        // Whoever may not read the learner cannot reach it, let alone its history.
        assertThat(api.query("school-admin-a", READ, Map.of("id", learner)).<Object>read("$.data.node")).isNull();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> actor(Map<String, Object> entry) {
        return (Map<String, Object>) entry.get("actor");
    }

    private List<Map<String, Object>> history(String persona, String learner) {
        var reply = api.query(persona, """
                query($id: ID!) { node(id: $id) { ... on Learner { history(first: 100) { edges { node { %s } } } } } }"""
                .formatted(Fixtures.AUDIT_ENTRY), Map.of("id", learner));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        return new ArrayList<>(reply.<List<Map<String, Object>>>read("$.data.node.history.edges[*].node"));
    }
}
