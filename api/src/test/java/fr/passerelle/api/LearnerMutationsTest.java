package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.freshEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may change which part of a learner's profile, over HTTP with real tokens: the personal parts (identity,
 * skills, background, career) belong to the learner and platform admins; the academic part to the school's staff
 * and platform admins, and to the learner only while they belong to no school. Seeing is not changing (FORBIDDEN);
 * not seeing is NOT_FOUND. Every test changes learners of its own only.
 */
class LearnerMutationsTest extends LearnerApiTest {

    /** The learner who claimed the profile under test. */
    private static final String OWNER = "owner";
    /** Another learner, with a profile of their own. */
    private static final String ANOTHER_LEARNER = "another learner";

    static Stream<Arguments> matrix() {
        //                    caller            identity   skillSet   skillRemove background career     academic
        return Stream.of(
                Arguments.of(OWNER, OK, OK, OK, OK, OK, FORBIDDEN),
                Arguments.of("platform-admin", OK, OK, OK, OK, OK, OK),
                Arguments.of("advisor", FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Arguments.of("school-admin-b", FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
                Arguments.of("school-admin-a", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                Arguments.of("recruiter-x", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                Arguments.of("recruiter-y", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                Arguments.of("learner", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
                Arguments.of(ANOTHER_LEARNER, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachCallerChangesExactlyThePartsOfASchoolBLearnerItsRoleAllows(String who, String identity, String skillSet,
                                                                        String skillRemove, String background,
                                                                        String career, String academic) {
        var claimed = claimedLearnerOfSchoolB();
        String learner = claimed.getValue();
        Caller caller = switch (who) {
            case OWNER -> claimed.getKey();
            case ANOTHER_LEARNER -> {
                Caller other = newLearner();
                selfRegister(other, "Autre", "Apprenant");
                yield other;
            }
            default -> persona(who);
        };
        String email = claimed.getKey().email();
        int before = versionOf(learner);

        assertThat(outcome(as(caller, UPDATE_IDENTITY, Map.of("id", learner, "input", Map.of("identity",
                withPhone(identity("Camille", "Renommée", email), "+33 6 11 22 33 44"))))))
                .as("learnerUpdateIdentity").isEqualTo(identity);
        assertThat(outcome(as(caller, SKILL_SET, Map.of("id", learner, "input", Map.of("code", "auto-diagnostic",
                "level", "ADVANCED", "evidence", List.of(Map.of("kind", "PROJECT", "description", "Projet atelier")))))))
                .as("learnerSkillSet").isEqualTo(skillSet);
        assertThat(outcome(as(caller, SKILL_REMOVE, Map.of("id", learner, "code", "auto-diagnostic"))))
                .as("learnerSkillRemove").isEqualTo(skillRemove);
        assertThat(outcome(as(caller, UPDATE_BACKGROUND, Map.of("id", learner, "input", background()))))
                .as("learnerUpdateBackground").isEqualTo(background);
        assertThat(outcome(as(caller, UPDATE_CAREER, Map.of("id", learner, "input", career()))))
                .as("learnerUpdateCareer").isEqualTo(career);
        assertThat(outcome(as(caller, UPDATE_ACADEMIC, Map.of("id", learner, "input", Map.of("programCode", "CAP-MV",
                "graduationYear", today().getYear() + 2)))))
                .as("learnerUpdateAcademic").isEqualTo(academic);

        long writes = Stream.of(identity, skillSet, skillRemove, background, career, academic).filter(OK::equals).count();
        assertThat(versionOf(learner)).as("one version per change made, none for a refused one")
                .isEqualTo(before + (int) writes);
    }

    @Test
    void theOwnersChangesAreSavedAsSentAndRescoreTheProfile() {
        var claimed = claimedLearnerOfSchoolB();
        Caller owner = claimed.getKey();
        String learner = claimed.getValue();
        int scoreBefore = score(learner);

        var identity = withPhone(identity("Camille", "Renommée", owner.email()), "+33 6 11 22 33 44");
        identity.put("birthDate", today().minusYears(19).toString());
        identity.put("address", Map.of("street", "1 rue de la République", "postalCode", "69002", "city", "Lyon",
                "latitude", 45.76, "longitude", 4.835));
        var changed = learnerOf(as(owner, UPDATE_IDENTITY, Map.of("id", learner, "input", Map.of("identity", identity))));
        assertThat(changed).containsEntry("lastName", "Renommée").containsEntry("phone", "+33611223344")
                .containsEntry("birthDate", today().minusYears(19).toString());

        learnerOf(as(owner, SKILL_SET, Map.of("id", learner, "input", Map.of("code", "elec-b1vl", "level", "BEGINNER",
                "expiresOn", today().plusYears(3).toString(),
                "evidence", List.of(Map.of("kind", "CERTIFICATE", "description", "Titre B1VL"))))));
        learnerOf(as(owner, UPDATE_BACKGROUND, Map.of("id", learner, "input", background())));
        var last = learnerOf(as(owner, UPDATE_CAREER, Map.of("id", learner, "input", career())));

        var saved = read(learner);
        var json = com.jayway.jsonpath.JsonPath.parse(saved);
        assertThat(json.<List<String>>read("$.skills[*].code")).containsExactly("elec-b1vl");
        assertThat(json.<String>read("$.skills[0].expiresOn")).isEqualTo(today().plusYears(3).toString());
        assertThat(json.<Boolean>read("$.skills[0].valid")).isTrue();
        assertThat(json.<String>read("$.skills[0].category")).isEqualTo("HABILITATION");
        assertThat(json.<List<String>>read("$.background.certifications[*].name")).containsExactly("CAP Maintenance des véhicules");
        assertThat(json.<List<String>>read("$.background.experiences[*].employer")).containsExactly("Garage Martin");
        assertThat(json.<List<String>>read("$.background.portfolio")).containsExactly("https://example.org/portfolio");
        assertThat(json.<List<String>>read("$.career.targetRoles")).containsExactly("Mécanicien");
        assertThat(json.<Double>read("$.career.mobility.homeBase.latitude")).isEqualTo(45.75);
        assertThat(json.<Integer>read("$.career.salaryExpectation.amount")).isEqualTo(180000);
        assertThat(json.<String>read("$.career.salaryExpectation.currency")).isEqualTo("EUR");
        assertThat(json.<String>read("$.address.city")).isEqualTo("Lyon");
        // The owner may not read school B itself: the only difference with what the admin reads is academic.school.
        assertThat(withoutSchool(saved)).isEqualTo(withoutSchool(last));
        assertThat(score(learner)).isGreaterThan(scoreBefore);
        var mine = as(owner, MY_PROFILE).<Map<String, Object>>read("$.data.viewer.learnerProfile");
        assertThat(withoutSchool(mine)).isEqualTo(withoutSchool(saved));
        assertThat(json.<String>read("$.academic.school.id")).isEqualTo(SCHOOL_B);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutSchool(Map<String, Object> learner) {
        var copy = new HashMap<>(learner);
        var academic = new HashMap<>((Map<String, Object>) copy.get("academic"));
        academic.remove("school");
        copy.put("academic", academic);
        return copy;
    }

    private int score(String learner) {
        return api.query("platform-admin", "query($id: ID!) { node(id: $id) { ... on Learner { readiness { score } } } }",
                Map.of("id", learner)).read("$.data.node.readiness.score");
    }

    @Test
    void anIndependentLearnerMaintainsTheirOwnAcademicPart() {
        Caller independent = newLearner();
        String learner = (String) selfRegister(independent, "Inès", "Solo").get("id");

        var academic = learnerOf(as(independent, UPDATE_ACADEMIC, Map.of("id", learner, "input", Map.of(
                "externalStudentId", "IGNORED-1", "programCode", "Autodidacte", "graduationYear", today().getYear(),
                "languages", List.of(Map.of("code", "FR", "level", "NATIVE"), Map.of("code", "en", "level", "B2"))))));
        @SuppressWarnings("unchecked")
        var part = (Map<String, Object>) academic.get("academic");
        assertThat(part).containsEntry("school", null).containsEntry("programCode", "Autodidacte")
                .containsEntry("graduationYear", today().getYear())
                .containsEntry("externalStudentId", null); // a school's id of a student means nothing without a school
        assertThat(part.get("languages")).isEqualTo(List.of(Map.of("code", "fr", "level", "NATIVE"),
                Map.of("code", "en", "level", "B2")));

        // Platform admins may too; advisors see but may not change; school staff do not see an independent learner.
        assertThat(outcome(api.query("platform-admin", UPDATE_ACADEMIC, Map.of("id", learner,
                "input", Map.of("programCode", "Autre"))))).isEqualTo(OK);
        assertThat(outcome(api.query("advisor", UPDATE_ACADEMIC, Map.of("id", learner,
                "input", Map.of("programCode", "Autre"))))).isEqualTo(FORBIDDEN);
        assertThat(outcome(api.query("school-admin-b", UPDATE_ACADEMIC, Map.of("id", learner,
                "input", Map.of("programCode", "Autre"))))).isEqualTo(NOT_FOUND);
    }

    @Test
    void aSchoolsPlainStaffMemberReadsItsLearnersAndMaintainsOnlyTheirAcademicPart() {
        String school = given.newSchool(Fixtures.unique("École du personnel"));
        given.succeed("platform-admin", """
                mutation($id: ID!) { schoolProgramAdd(id: $id, input: {code: "STAFF-1", name: "Programme"}) {
                  userErrors { code } school { id } } }""", Map.of("id", school));
        Caller teacher = newPersonWithoutRole();
        String invitation = given.inviteToSchool("platform-admin", school, teacher.email(), "SCHOOL_STAFF");
        Fixtures.assertSucceeded(as(teacher, Fixtures.ACCEPT, Map.of("id", invitation)));
        String learner = (String) register("platform-admin", school, "Élève", "Dupersonnel", freshEmail()).get("id");

        var seen = as(teacher, READ, Map.of("id", learner));
        assertThat(seen.<String>read("$.data.node.id")).as(seen.toString()).isEqualTo(learner);
        assertThat(seen.<String>read("$.data.node.email")).isNotNull();
        assertThat(as(teacher, """
                query($id: ID!) { node(id: $id) { ... on School { learners { edges { node { id } } } } } }""",
                Map.of("id", school)).<List<String>>read("$.data.node.learners.edges[*].node.id")).containsExactly(learner);

        assertThat(outcome(as(teacher, UPDATE_ACADEMIC, Map.of("id", learner, "input",
                Map.of("programCode", "staff-1", "externalStudentId", "S-001"))))).isEqualTo(OK);
        assertThat(read(learner).get("academic")).asInstanceOf(MAP)
                .containsEntry("programCode", "STAFF-1").containsEntry("externalStudentId", "S-001");
        assertThat(outcome(as(teacher, SKILL_SET, Map.of("id", learner, "input",
                Map.of("code", "sound-mixing", "level", "BEGINNER"))))).isEqualTo(FORBIDDEN);
        assertThat(outcome(api.query("school-admin-b", UPDATE_ACADEMIC, Map.of("id", learner, "input",
                Map.of("programCode", "STAFF-1"))))).isEqualTo(NOT_FOUND);
    }

    @Test
    void settingTheSameSkillAgainOrRemovingAnAbsentOneWritesNothing() {
        var claimed = claimedLearnerOfSchoolB();
        Caller owner = claimed.getKey();
        String learner = claimed.getValue();
        Map<String, Object> skill = Map.of("code", "auto-brakes", "level", "ADVANCED",
                "evidence", List.of(Map.of("kind", "ASSESSMENT", "description", "Évaluation")));
        int set = ((Number) learnerOf(as(owner, SKILL_SET, Map.of("id", learner, "input", skill))).get("version")).intValue();
        assertThat(learnerOf(as(owner, SKILL_SET, Map.of("id", learner, "input", skill)))).containsEntry("version", set);
        assertThat(learnerOf(as(owner, SKILL_REMOVE, Map.of("id", learner, "code", "sound-mixing"))))
                .containsEntry("version", set);

        var replaced = learnerOf(as(owner, SKILL_SET, Map.of("id", learner, "input",
                Map.of("code", "auto-brakes", "level", "EXPERT"))));
        assertThat(replaced).containsEntry("version", set + 1);
        assertThat(replaced.get("skills")).asList().hasSize(1);
        var removed = learnerOf(as(owner, SKILL_REMOVE, Map.of("id", learner, "code", "auto-brakes")));
        assertThat(removed).containsEntry("version", set + 2);
        assertThat(removed.get("skills")).asList().isEmpty();
    }

    @Test
    void concurrentSkillChangesWithoutAVersionAreAllKept() throws Exception {
        var claimed = claimedLearnerOfSchoolB();
        Caller owner = claimed.getKey();
        String learner = claimed.getValue();
        List<String> codes = List.of("auto-diagnostic", "auto-maintenance", "auto-brakes", "auto-air-conditioning",
                "auto-electric-vehicles", "diagbox");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(codes.size());
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
            for (String code : codes) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return outcome(as(owner, SKILL_SET, Map.of("id", learner, "input",
                            Map.of("code", code, "level", "INTERMEDIATE"))));
                }));
            }
            start.countDown();
            for (var result : outcomes) {
                assertThat(result.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(OK);
            }
        } finally {
            pool.shutdownNow();
        }
        var saved = read(learner);
        assertThat(com.jayway.jsonpath.JsonPath.parse(saved).<List<String>>read("$.skills[*].code"))
                .containsExactlyInAnyOrderElementsOf(codes);
        assertThat(saved).containsEntry("version", 1 + codes.size()); // the claim, then one write per skill
    }

    // ---- optimistic locking ------------------------------------------------------------------------------------

    static Stream<Arguments> versionedChanges() {
        return Stream.of(
                Arguments.of("learnerUpdateAcademic", UPDATE_ACADEMIC, Map.of("programCode", "CAP-MV")),
                Arguments.of("learnerUpdateBackground", UPDATE_BACKGROUND, background()),
                Arguments.of("learnerUpdateCareer", UPDATE_CAREER, career()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versionedChanges")
    void aStaleExpectedVersionIsAUserErrorAndChangesNothing(String mutation, String document, Map<String, Object> input) {
        String learner = newLearnerOfSchoolB(freshEmail());
        int read = versionOf(learner);
        // Someone else changes the profile after it was read.
        learnerOf(api.query("platform-admin", SKILL_SET, Map.of("id", learner,
                "input", Map.of("code", "auto-brakes", "level", "BEGINNER"))));

        var stale = api.query("platform-admin", document, Map.of("id", learner, "input", withVersion(input, read)));
        assertThat(userErrorsOf(stale)).singleElement().satisfies(error -> {
            assertThat(error).containsEntry("code", "STALE_VERSION").containsEntry("field", List.of("input", "expectedVersion"));
            assertThat((String) error.get("message")).contains(String.valueOf(read + 1));
        });
        assertThat(versionOf(learner)).isEqualTo(read + 1);

        var fresh = api.query("platform-admin", document, Map.of("id", learner, "input", withVersion(input, read + 1)));
        assertThat(learnerOf(fresh).get("version")).isEqualTo(read + 2);
    }

    @Test
    void aStaleExpectedVersionOfAnIdentityChangeIsAUserErrorOnExpectedVersion() {
        String email = freshEmail();
        String learner = newLearnerOfSchoolB(email);
        int read = versionOf(learner);
        learnerOf(api.query("platform-admin", SKILL_SET, Map.of("id", learner,
                "input", Map.of("code", "auto-brakes", "level", "BEGINNER"))));

        var stale = api.query("platform-admin", UPDATE_IDENTITY, Map.of("id", learner, "input",
                Map.of("identity", identity("Camille", "Tardive", email), "expectedVersion", read)));
        assertThat(userErrorsOf(stale)).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("code", "STALE_VERSION").containsEntry("field", List.of("input", "expectedVersion")));
        assertThat(versionOf(learner)).isEqualTo(read + 1);
    }

    @Test
    void anIdentityChangeAtTheVersionReadSucceedsAndAStaleOneIsRefused() {
        String email = freshEmail();
        String learner = newLearnerOfSchoolB(email);
        int read = versionOf(learner);
        var changed = learnerOf(api.query("platform-admin", UPDATE_IDENTITY, Map.of("id", learner, "input",
                Map.of("identity", identity("Camille", "À Jour", email), "expectedVersion", read))));
        assertThat(changed).containsEntry("lastName", "À Jour").containsEntry("version", read + 1);

        var stale = api.query("platform-admin", UPDATE_IDENTITY, Map.of("id", learner, "input",
                Map.of("identity", identity("Camille", "Tardive", email), "expectedVersion", read)));
        assertThat(userErrorsOf(stale)).extracting(error -> error.get("code")).containsExactly("STALE_VERSION");
        assertThat(read(learner)).containsEntry("lastName", "À Jour").containsEntry("version", read + 1);
    }

    // ---- validation --------------------------------------------------------------------------------------------

    @Test
    void registrationProblemsComeBackTogetherWithTheirFullPaths() {
        var identity = identity(" ", "Sans Prénom", freshEmail());
        identity.put("phone", "06 12");
        identity.put("birthDate", today().minusYears(10).toString());
        identity.put("address", Map.of("postalCode", "69007", "city", "Lyon", "latitude", 45.7));
        var reply = api.query("school-admin-b", REGISTER, Map.of("input", registration(identity, SCHOOL_B)));
        assertThat(fieldsAndCodes(userErrorsOf(reply))).containsEntry(List.of("input", "identity", "firstName"), "REQUIRED")
                .containsEntry(List.of("input", "identity", "phone"), "INVALID")
                .containsEntry(List.of("input", "identity", "birthDate"), "OUT_OF_RANGE")
                .hasSize(4);
        assertThat(fieldsAndCodes(userErrorsOf(reply)).keySet()).anySatisfy(path ->
                assertThat(path).startsWith("input", "identity", "address"));
    }

    @Test
    void anIdentityChangeWithABadPhoneNamesThePhone() {
        String email = freshEmail();
        String learner = newLearnerOfSchoolB(email);
        int version = versionOf(learner);
        var reply = api.query("platform-admin", UPDATE_IDENTITY, Map.of("id", learner, "input", Map.of("identity",
                withPhone(identity("Camille", "Essai", email), "12345"))));
        assertThat(userErrorsOf(reply)).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("field", List.of("input", "identity", "phone")).containsEntry("code", "INVALID")
                .extractingByKey("message").asString().contains("+33612345678"));
        assertThat(versionOf(learner)).isEqualTo(version);
    }

    @Test
    void skillProblemsNameTheFieldOfTheSkillInput() {
        String learner = newLearnerOfSchoolB(freshEmail());
        assertThat(fieldsAndCodes(userErrorsOf(api.query("platform-admin", SKILL_SET, Map.of("id", learner,
                "input", Map.of("code", "no-such-skill", "level", "EXPERT"))))))
                .isEqualTo(Map.of(List.of("input", "code"), "INVALID"));
        assertThat(fieldsAndCodes(userErrorsOf(api.query("platform-admin", SKILL_SET, Map.of("id", learner,
                "input", Map.of("code", "elec-b2vl", "level", "BEGINNER"))))))
                .as("an habilitation without expiry").isEqualTo(Map.of(List.of("input", "expiresOn"), "REQUIRED"));
        assertThat(fieldsAndCodes(userErrorsOf(api.query("platform-admin", SKILL_SET, Map.of("id", learner,
                "input", Map.of("code", "pro-tools", "level", "BEGINNER", "expiresOn", today().plusYears(1).toString()))))))
                .as("an expiry on a skill that does not expire").isEqualTo(Map.of(List.of("input", "expiresOn"), "INVALID"));
        assertThat(fieldsAndCodes(userErrorsOf(api.query("platform-admin", SKILL_SET, Map.of("id", learner,
                "input", Map.of("code", "pro-tools", "level", "BEGINNER",
                        "evidence", List.of(Map.of("kind", "PROJECT", "description", "ok"),
                                Map.of("kind", "PROJECT", "description", " ", "url", "ftp://nope"))))))))
                .isEqualTo(Map.of(List.of("input", "evidence", "1", "description"), "REQUIRED",
                        List.of("input", "evidence", "1", "url"), "INVALID"));
        assertThat(read(learner).get("skills")).asList().isEmpty();
    }

    @Test
    void backgroundCareerAndAcademicProblemsNameTheItemAndFieldInTheirLists() {
        String learner = newLearnerOfSchoolB(freshEmail());
        var background = new HashMap<String, Object>();
        background.put("certifications", List.of(Map.of("name", "CAP", "obtainedOn", today().plusDays(3).toString())));
        background.put("experiences", List.of(Map.of("title", "Stage", "employer", "Garage", "kind", "INTERNSHIP",
                "startDate", today().minusMonths(2).toString(), "endDate", today().minusMonths(3).toString())));
        background.put("portfolio", List.of("https://example.org/ok", "not a url"));
        assertThat(fieldsAndCodes(userErrorsOf(api.query("platform-admin", UPDATE_BACKGROUND,
                Map.of("id", learner, "input", background)))))
                .isEqualTo(Map.of(List.of("input", "certifications", "0", "obtainedOn"), "OUT_OF_RANGE",
                        List.of("input", "experiences", "0", "endDate"), "INVALID",
                        List.of("input", "portfolio", "1"), "INVALID"));

        assertThat(fieldsAndCodes(userErrorsOf(api.query("platform-admin", UPDATE_CAREER, Map.of("id", learner,
                "input", Map.of("mobility", Map.of("latitude", 45.7, "radiusKm", 5000, "willingToRelocate", false,
                        "drivingLicence", true), "salaryExpectation", Map.of("amount", -1, "currency", "EUR")))))))
                .isEqualTo(Map.of(List.of("input", "mobility", "longitude"), "REQUIRED",
                        List.of("input", "mobility", "radiusKm"), "OUT_OF_RANGE",
                        List.of("input", "salaryExpectation"), "OUT_OF_RANGE"));

        assertThat(fieldsAndCodes(userErrorsOf(api.query("school-admin-b", UPDATE_ACADEMIC, Map.of("id", learner,
                "input", Map.of("graduationYear", today().getYear() + 50,
                        "languages", List.of(Map.of("code", "fra", "level", "C1"), Map.of("code", "en", "level", "B1"),
                                Map.of("code", "EN", "level", "B2"))))))))
                .isEqualTo(Map.of(List.of("input", "graduationYear"), "OUT_OF_RANGE",
                        List.of("input", "languages", "0", "code"), "INVALID",
                        List.of("input", "languages", "2", "code"), "DUPLICATE"));
        assertThat(fieldsAndCodes(userErrorsOf(api.query("school-admin-b", UPDATE_ACADEMIC, Map.of("id", learner,
                "input", Map.of("programCode", "CINE"))))))
                .as("a program of another school").isEqualTo(Map.of(List.of("input", "programCode"), "INVALID"));
        assertThat(versionOf(learner)).as("nothing written").isZero();
    }

    @Test
    void aSchoolsStudentIdBelongsToOneLearnerOfThatSchool() {
        String learner = newLearnerOfSchoolB(freshEmail());
        // MF-2024-017 is Karim's (a demo learner of school B): refused, and Karim keeps it.
        assertThat(fieldsAndCodes(userErrorsOf(api.query("school-admin-b", UPDATE_ACADEMIC, Map.of("id", learner,
                "input", Map.of("externalStudentId", "MF-2024-017"))))))
                .isEqualTo(Map.of(List.of("input", "externalStudentId"), "DUPLICATE"));
        assertThat(outcome(api.query("school-admin-b", UPDATE_ACADEMIC, Map.of("id", learner,
                "input", Map.of("externalStudentId", "LL-CINE-112"))))).as("school A's id is free in school B").isEqualTo(OK);
        assertThat(read(KARIM)).extracting("academic").asInstanceOf(MAP)
                .containsEntry("externalStudentId", "MF-2024-017");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"school-admin-a", "recruiter-x"})
    void aCallerWhoCannotSeeTheLearnerLearnsNothingFromItsValidation(String persona) {
        // The academic part is checked against the learner's school only once the learner is visible.
        var reply = api.query(persona, UPDATE_ACADEMIC, Map.of("id", KARIM, "input", Map.of("programCode", "NOPE")));
        assertThat(reply.errorClassification()).isEqualTo(NOT_FOUND);
    }

    static Stream<Arguments> invalidPersonalChanges() {
        var badIdentity = new HashMap<String, Object>(identity("Léa", "Apprenante", "learner@passerelle.dev"));
        badIdentity.put("phone", "12345");
        return Stream.of(
                Arguments.of("learnerUpdateIdentity", UPDATE_IDENTITY, Map.of("identity", badIdentity)),
                Arguments.of("learnerSkillSet", SKILL_SET, Map.of("code", "no-such-skill", "level", "BEGINNER")),
                Arguments.of("learnerUpdateBackground", UPDATE_BACKGROUND, Map.of("portfolio", List.of("not a url"))),
                Arguments.of("learnerUpdateCareer", UPDATE_CAREER, Map.of("mobility", Map.of("radiusKm", 5000,
                        "willingToRelocate", false, "drivingLicence", false))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPersonalChanges")
    void whoeverMayNotChangeTheProfileIsRefusedBeforeTheirInputIsJudged(String mutation, String document,
                                                                      Map<String, Object> input) {
        assertThat(outcome(api.query("recruiter-x", document, Map.of("id", LEA, "input", input))))
                .as("recruiter, who cannot see Léa").isEqualTo(NOT_FOUND);
        assertThat(outcome(api.query("advisor", document, Map.of("id", LEA, "input", input))))
                .as("advisor, who sees but may not change").isEqualTo(FORBIDDEN);
    }

    // ---- inputs ------------------------------------------------------------------------------------------------

    private static Map<String, Object> withPhone(Map<String, Object> identity, String phone) {
        identity.put("phone", phone);
        return identity;
    }

    private static Map<String, Object> withVersion(Map<String, Object> input, int version) {
        var copy = new HashMap<>(input);
        copy.put("expectedVersion", version);
        return copy;
    }

    static Map<String, Object> background() {
        return Map.of(
                "certifications", List.of(Map.of("name", "CAP Maintenance des véhicules", "issuer", "Éducation nationale",
                        "obtainedOn", today().minusYears(1).toString())),
                "experiences", List.of(Map.of("title", "Apprenti mécanicien", "employer", "Garage Martin",
                        "kind", "APPRENTICESHIP", "startDate", today().minusMonths(10).toString(),
                        "endDate", today().minusMonths(1).toString())),
                "portfolio", List.of("https://example.org/portfolio"));
    }

    static Map<String, Object> career() {
        return Map.of(
                "targetRoles", List.of("Mécanicien"),
                "preferredSectors", List.of("Automobile"),
                "mobility", Map.of("latitude", 45.75, "longitude", 4.85, "radiusKm", 20, "willingToRelocate", false,
                        "drivingLicence", true),
                "availability", List.of(Map.of("start", today().plusMonths(1).toString(),
                        "end", today().plusMonths(3).toString())),
                "salaryExpectation", Map.of("amount", 180000, "currency", "EUR"));
    }

    /** User errors as field path → code, in the order they came. */
    private static Map<List<String>, String> fieldsAndCodes(List<Map<String, Object>> errors) {
        Map<List<String>, String> result = new LinkedHashMap<>();
        for (Map<String, Object> error : errors) {
            @SuppressWarnings("unchecked")
            var field = (List<String>) error.get("field");
            result.put(field, (String) error.get("code"));
        }
        return result;
    }
}
