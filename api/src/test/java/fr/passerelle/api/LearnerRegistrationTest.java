package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.eventually;
import static fr.passerelle.api.Fixtures.freshEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How learner profiles come to be, over HTTP with real tokens: a learner registers their own, once, without picking
 * a school; a school's staff register their school's learners, unclaimed, and the person later claims the profile
 * with the verified e-mail it was registered under; companies register nobody. Every registration is new data of
 * the test's own: fresh people and unique e-mail addresses.
 */
class LearnerRegistrationTest extends LearnerApiTest {

    @Test
    void aLearnerRegistersTheirOwnProfileOnceAndReadsItAsTheirs() {
        Caller learner = newLearner();
        var profile = selfRegister(learner, "Éloïse", "Indépendante");
        assertThat(profile).containsEntry("firstName", "Éloïse").containsEntry("email", learner.email())
                .containsEntry("source", "SELF_REGISTRATION").containsEntry("claimed", true)
                .containsEntry("status", "PROSPECT").containsEntry("type", "STUDENT").containsEntry("version", 0);
        assertThat(profile.get("academic")).asInstanceOf(MAP)
                .containsEntry("school", null);

        var mine = as(learner, MY_PROFILE);
        assertThat(mine.<String>read("$.data.viewer.learnerProfile.id")).isEqualTo(profile.get("id"));
        assertThat(mine.<String>read("$.data.viewer.subject")).isEqualTo(learner.subject());

        var again = as(learner, REGISTER, Map.of("input", registration(identity("Éloïse", "Bis", learner.email()), null)));
        assertThat(userErrorsOf(again)).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("code", "DUPLICATE").containsEntry("field", List.of("input", "identity")));
        assertThat(as(learner, MY_PROFILE).<String>read("$.data.viewer.learnerProfile.lastName")).isEqualTo("Indépendante");
    }

    @Test
    void aLearnerRegisteringTwiceAtOnceGetsOneProfile() throws Exception {
        Caller learner = newLearner();
        int attempts = 6;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(attempts);
        List<String> outcomes = new java.util.ArrayList<>();
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<String>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String lastName = "Pressé" + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return outcome(as(learner, REGISTER, Map.of("input",
                            registration(identity("Rapide", lastName, learner.email()), null))));
                }));
            }
            start.countDown();
            for (var future : futures) {
                outcomes.add(future.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes).containsOnly(OK, "DUPLICATE").containsOnlyOnce(OK);
        assertThat(as(learner, MY_PROFILE).<String>read("$.data.viewer.learnerProfile.firstName")).isEqualTo("Rapide");
        assertThat(api.query("advisor", "{ learners(filter: {nameContains: \"Rapide\"}) { edges { node { id } } } }")
                .<List<Object>>read("$.data.learners.edges")).as("independent learners are listed to advisors").isNotEmpty();
    }

    @Test
    void aLearnerCannotPickASchool() {
        Caller learner = newLearner();
        // Learners do not see schools: to them school B is as missing as any other id.
        var reply = as(learner, REGISTER, Map.of("input",
                registration(identity("Tom", "Malin", learner.email()), SCHOOL_B)));
        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo(NOT_FOUND);
        assertThat(as(learner, MY_PROFILE).<Object>read("$.data.viewer.learnerProfile")).isNull();
        // Nothing was created in school B either.
        assertThat(api.query("school-admin-b", "{ learners(filter: {nameContains: \"Malin\"}) { edges { node { id } } } }")
                .<List<Object>>read("$.data.learners.edges")).isEmpty();
    }

    @Test
    void someoneWithoutTheLearnerRoleRegistersNoProfileOfTheirOwn() {
        Caller nobody = newPersonWithoutRole();
        var reply = as(nobody, REGISTER, Map.of("input", registration(identity("Nora", "Sansrôle", nobody.email()), null)));
        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo(FORBIDDEN);
        assertThat(as(nobody, MY_PROFILE).<Object>read("$.data.viewer.learnerProfile")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"recruiter-x", "recruiter-y"})
    void recruitersRegisterNobody(String persona) {
        var reply = api.query(persona, REGISTER, Map.of("input", registration(identity("Rémi", "Recrue", freshEmail()), null)));
        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo(FORBIDDEN);
        assertThat(reply.<Object>find("$.data.learnerRegister")).isNull();
    }

    @Test
    void schoolStaffRegisterTheirSchoolsLearnersUnclaimed() {
        String email = freshEmail();
        var learner = register("school-admin-b", SCHOOL_B, "Karima", "Nouvelle", email);
        assertThat(learner).containsEntry("source", "SCHOOL_STAFF").containsEntry("claimed", false)
                .containsEntry("email", email).containsEntry("status", "PROSPECT");
        assertThat(learner.get("academic")).asInstanceOf(MAP)
                .extractingByKey("school").isEqualTo(Map.of("id", SCHOOL_B, "name", "MécaFormation Lyon"));

        String id = (String) learner.get("id");
        var roster = api.query("school-admin-b", """
                query($school: ID!) { node(id: $school) { ... on School { learners(filter: {nameContains: "Karima Nouvelle"}) {
                  edges { node { id } } } } } }""", Map.of("school", SCHOOL_B));
        // "last first" is the name key: "nouvelle karima".
        assertThat(roster.<List<String>>read("$.data.node.learners.edges[*].node.id")).isEmpty();
        roster = api.query("school-admin-b", """
                query($school: ID!) { node(id: $school) { ... on School { learners(filter: {nameContains: "nouvelle kar"}) {
                  edges { node { id } } } } } }""", Map.of("school", SCHOOL_B));
        assertThat(roster.<List<String>>read("$.data.node.learners.edges[*].node.id")).containsExactly(id);
        assertThat(api.query("school-admin-a", READ, Map.of("id", id)).<Object>read("$.data.node")).isNull();
    }

    @Test
    void schoolStaffCannotRegisterIntoAnotherSchoolWhichLooksMissing() {
        var other = api.query("school-admin-b", REGISTER, Map.of("input",
                registration(identity("Intrus", "Ailleurs", freshEmail()), SCHOOL_A)));
        String absent = globalId("School", "no-such-school");
        var missing = api.query("school-admin-b", REGISTER, Map.of("input",
                registration(identity("Intrus", "Ailleurs", freshEmail()), absent)));
        assertThat(other.errorClassification()).as(other.toString()).isEqualTo(NOT_FOUND)
                .isEqualTo(missing.errorClassification());
        assertThat(other.errorMessage()).contains(SCHOOL_A).doesNotContain("demo-school-louis-lumiere");
        assertThat(other.errorMessage().replace(SCHOOL_A, "ID")).isEqualTo(missing.errorMessage().replace(absent, "ID"));
        assertThat(api.query("school-admin-a", "{ learners(filter: {nameContains: \"Ailleurs\"}) { edges { node { id } } } }")
                .<List<Object>>read("$.data.learners.edges")).isEmpty();
    }

    @Test
    void advisorsAndPlatformAdminsRegisterForAnySchool() {
        var byAdvisor = register("advisor", SCHOOL_A, "Adèle", "Conseillée", freshEmail());
        assertThat(byAdvisor).containsEntry("source", "ADVISOR").containsEntry("claimed", false);
        assertThat(api.query("school-admin-a", READ, Map.of("id", byAdvisor.get("id"))).<String>read("$.data.node.id"))
                .as("school A's staff see their new learner").isEqualTo(byAdvisor.get("id"));

        var independent = register("platform-admin", null, "Paul", "Sanséchole", freshEmail());
        assertThat(independent.get("academic")).asInstanceOf(MAP)
                .containsEntry("school", null);
        assertThat(api.query("school-admin-b", READ, Map.of("id", independent.get("id"))).<Object>read("$.data.node"))
                .isNull();
    }

    // ---- claims ------------------------------------------------------------------------------------------------

    @Test
    void aNewcomerClaimsTheProfileTheirSchoolRegisteredForTheirVerifiedEmail() {
        Caller newcomer = newLearner();
        String learner = newLearnerOfSchoolB(newcomer.email());
        assertThat(as(newcomer, READ, Map.of("id", learner)).<Object>read("$.data.node")).as("not theirs yet").isNull();

        var claimed = learnerOf(as(newcomer, CLAIM));
        assertThat(claimed).containsEntry("id", learner).containsEntry("claimed", true)
                .containsEntry("source", "SCHOOL_STAFF").containsEntry("email", newcomer.email());

        var mine = as(newcomer, MY_PROFILE);
        assertThat(mine.<String>read("$.data.viewer.learnerProfile.id")).isEqualTo(learner);
        assertThat(mine.<String>read("$.data.viewer.learnerProfile.email")).isEqualTo(newcomer.email());
        assertThat(as(newcomer, READ, Map.of("id", learner)).<String>read("$.data.node.id")).isEqualTo(learner);
        // School B's staff still read it, now claimed.
        assertThat(api.query("school-admin-b", READ, Map.of("id", learner)).<Boolean>read("$.data.node.claimed")).isTrue();

        String subject = newcomer.subject();
        var history = eventually(() -> api.query("platform-admin", """
                query($id: ID!) { node(id: $id) { ... on Learner { history { edges { node { action actor { subject } } } } } } }""",
                Map.of("id", learner)).<List<Map<String, Object>>>read("$.data.node.history.edges[*].node"),
                entries -> entries.size() >= 2);
        assertThat(history.get(0)).containsEntry("action", "learner.claimed")
                .containsEntry("actor", Map.of("subject", subject));

        var again = as(newcomer, CLAIM);
        assertThat(userErrorsOf(again)).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("code", "DUPLICATE").containsEntry("field", List.of("email")));
    }

    @Test
    void aClaimWithNoMatchingProfileIsNotFound() {
        Caller newcomer = newLearner();
        var reply = as(newcomer, CLAIM);
        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo(NOT_FOUND);
        assertThat(as(newcomer, MY_PROFILE).<Object>read("$.data.viewer.learnerProfile")).isNull();
    }

    @Test
    void aClaimedProfileIsNotOnOfferToAnotherAccountWithTheSameEmail() {
        var claimed = claimedLearnerOfSchoolB();
        // A second account whose token carries the same verified address (e.g. through another identity provider).
        var reply = as(newLearnerWithEmail(claimed.getKey().email()), CLAIM);
        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo(NOT_FOUND);
        assertThat(as(claimed.getKey(), MY_PROFILE).<String>read("$.data.viewer.learnerProfile.id"))
                .isEqualTo(claimed.getValue());

        // Léa's address, claimed by the learner persona from the start, is not on offer either.
        reply = as(newLearnerWithEmail("learner@passerelle.dev"), CLAIM);
        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo(NOT_FOUND);
        assertThat(api.query("learner", MY_PROFILE).<String>read("$.data.viewer.learnerProfile.id")).isEqualTo(LEA);
    }

    @Test
    void twoUnclaimedProfilesWithTheSameEmailAreNotGuessedBetween() {
        Caller newcomer = newLearner();
        String first = newLearnerOfSchoolB(newcomer.email());
        String second = (String) register("advisor", SCHOOL_A, "Camille", "Doublon", newcomer.email()).get("id");
        var reply = as(newcomer, CLAIM);
        assertThat(userErrorsOf(reply)).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("code", "INVALID_STATE").containsEntry("field", List.of("email")));
        assertThat(read(first)).containsEntry("claimed", false);
        assertThat(read(second)).containsEntry("claimed", false);
    }

    @Test
    void anotherSchoolImportingTheSameEmailCannotBlockTheClaimOfTheSchoolThatInvitedThem() {
        Caller newcomer = newLearner();
        String invitingSchools = newLearnerOfSchoolB(newcomer.email());
        String squatter = (String) register("school-admin-a", SCHOOL_A, "Camille", "Squat", newcomer.email()).get("id");

        var reply = as(newcomer, """
                mutation($school: ID!) { learnerClaim(schoolId: $school) { userErrors { code } learner { id } } }""",
                Map.of("school", SCHOOL_B));

        assertThat(learnerOf(reply).get("id")).isEqualTo(invitingSchools);
        assertThat(read(invitingSchools)).containsEntry("claimed", true);
        assertThat(read(squatter)).containsEntry("claimed", false);
    }

    @Test
    void someoneWhoRegisteredThemselvesCannotAlsoClaimASchoolProfile() {
        Caller learner = newLearner();
        selfRegister(learner, "Double", "Profil");
        String schoolProfile = newLearnerOfSchoolB(learner.email());
        var reply = as(learner, CLAIM);
        assertThat(userErrorsOf(reply)).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("code", "DUPLICATE").containsEntry("field", List.of("email")));
        assertThat(read(schoolProfile)).containsEntry("claimed", false);
    }

    @Test
    void aClaimedSchoolLearnerEditsTheirProfileButNotTheirSchoolsPart() {
        var claimed = claimedLearnerOfSchoolB();
        Caller owner = claimed.getKey();
        String learner = claimed.getValue();
        assertThat(outcome(as(owner, SKILL_SET, Map.of("id", learner, "input",
                Map.of("code", "auto-maintenance", "level", "INTERMEDIATE"))))).isEqualTo(OK);
        assertThat(outcome(as(owner, UPDATE_ACADEMIC, Map.of("id", learner, "input",
                Map.of("programCode", "CAP-MV"))))).isEqualTo(FORBIDDEN);
    }

    @Test
    void aMalformedEmailIsRefusedBeforeAnythingIsRegistered() {
        var reply = api.query("school-admin-b", REGISTER, Map.of("input",
                registration(identity("Mal", "Formé", "not-an-email"), SCHOOL_B)));
        // The Email scalar refuses it while the request is validated, so no use case runs and no userError at
        // [input, identity, email] can ever be produced for a malformed address.
        assertThat(reply.errorClassification()).as(reply.toString()).isNotNull();
        assertThat(reply.errorMessage()).contains("e-mail");
        assertThat(reply.<Object>find("$.data")).isNull();
        assertThat(api.query("school-admin-b", "{ learners(filter: {nameContains: \"Formé Mal\"}) { edges { node { id } } } }")
                .<List<Object>>read("$.data.learners.edges")).isEmpty();
    }
}
