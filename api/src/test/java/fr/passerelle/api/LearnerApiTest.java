package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.membership.model.PlatformRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the learner end-to-end tests share: the demo learners' ids, the documents of the learner mutations, callers
 * who are personas or fresh people (with a token signed by the dev issuer's key, so they pass the same validation),
 * and outcomes reduced to one word so matrices read like tables. Same Spring configuration as every
 * {@link ApiTest}, hence the same context.
 */
abstract class LearnerApiTest extends ApiTest {

    /** Léa: the learner persona's own profile, at school B. */
    static final String LEA = globalId("Learner", "demo-learner-lea");
    /** Unclaimed learners of school B. */
    static final String KARIM = globalId("Learner", "demo-learner-karim");
    static final String INES = globalId("Learner", "demo-learner-ines");
    static final String THEO = globalId("Learner", "demo-learner-theo");
    /** Unclaimed learners of school A. */
    static final String CHLOE = globalId("Learner", "demo-learner-chloe");
    static final String YANIS = globalId("Learner", "demo-learner-yanis");
    /** A well-formed learner id nobody holds. */
    static final String MISSING = globalId("Learner", "no-such-learner-" + UUID.randomUUID());

    static final String OK = "OK";
    static final String NOT_FOUND = "NOT_FOUND";
    static final String FORBIDDEN = "FORBIDDEN";

    /** Every field of a learner, contact data included. */
    static final String LEARNER = """
            id firstName lastName email phone birthDate address { street postalCode city countryCode location { latitude longitude } }
            type status source claimed version createdAt updatedAt
            academic { school { id name } externalStudentId programCode graduationYear specialisations languages { code level } }
            skills { code label category level expiresOn valid evidence { kind description url } }
            background { certifications { name obtainedOn expiresOn } experiences { title employer kind startDate endDate } portfolio }
            career { targetRoles preferredSectors mobility { homeBase { latitude longitude } radiusKm willingToRelocate drivingLicence }
              availability { start end } salaryExpectation }
            readiness { score parts { criterion points maxPoints advice } }""";

    static final String REGISTER = """
            mutation($input: LearnerRegisterInput!) { learnerRegister(input: $input) {
              userErrors { message field code } learner { %s } } }""".formatted(LEARNER);
    static final String CLAIM = """
            mutation { learnerClaim { userErrors { message field code } learner { %s } } }""".formatted(LEARNER);
    static final String UPDATE_IDENTITY = """
            mutation($id: ID!, $input: LearnerUpdateIdentityInput!) { learnerUpdateIdentity(id: $id, input: $input) {
              userErrors { message field code } learner { %s } } }""".formatted(LEARNER);
    static final String UPDATE_ACADEMIC = """
            mutation($id: ID!, $input: LearnerUpdateAcademicInput!) { learnerUpdateAcademic(id: $id, input: $input) {
              userErrors { message field code } learner { %s } } }""".formatted(LEARNER);
    static final String SKILL_SET = """
            mutation($id: ID!, $input: LearnerSkillInput!) { learnerSkillSet(id: $id, input: $input) {
              userErrors { message field code } learner { %s } } }""".formatted(LEARNER);
    static final String SKILL_REMOVE = """
            mutation($id: ID!, $code: String!) { learnerSkillRemove(id: $id, code: $code) {
              userErrors { message field code } learner { %s } } }""".formatted(LEARNER);
    static final String UPDATE_BACKGROUND = """
            mutation($id: ID!, $input: LearnerUpdateBackgroundInput!) { learnerUpdateBackground(id: $id, input: $input) {
              userErrors { message field code } learner { %s } } }""".formatted(LEARNER);
    static final String UPDATE_CAREER = """
            mutation($id: ID!, $input: LearnerUpdateCareerInput!) { learnerUpdateCareer(id: $id, input: $input) {
              userErrors { message field code } learner { %s } } }""".formatted(LEARNER);

    static final String READ = "query($id: ID!) { node(id: $id) { ... on Learner { %s } } }".formatted(LEARNER);
    static final String MY_PROFILE = "{ viewer { subject learnerProfile { %s } } }".formatted(LEARNER);

    /** Whoever sends a request: a persona, or someone with a token of their own. */
    record Caller(String name, String subject, String email, String token) {
    }

    Caller persona(String persona) {
        return new Caller(persona, null, persona + "@passerelle.dev", api.token(persona));
    }

    /** Someone new with the LEARNER platform role and a verified e-mail nobody else uses. */
    Caller newLearner() {
        return newPerson(List.of("LEARNER"), null);
    }

    /** Someone new with the LEARNER platform role whose token carries this verified e-mail. */
    Caller newLearnerWithEmail(String email) {
        return newPerson(List.of("LEARNER"), email);
    }

    /** Someone new with a verified e-mail and no platform role. */
    Caller newPersonWithoutRole() {
        return newPerson(List.of(), null);
    }

    private Caller newPerson(List<String> roles, String verifiedEmail) {
        Set<PlatformRole> platformRoles = roles.stream().map(PlatformRole::valueOf).collect(Collectors.toSet());
        Newcomers.Person person = verifiedEmail != null ? people.withEmail(verifiedEmail, platformRoles)
                : people.withRoles(platformRoles);
        return new Caller(person.subject(), person.subject(), person.email(), person.token());
    }

    GraphQlHttp.Reply as(Caller caller, String document, Map<String, Object> variables) {
        return api.queryWithToken(caller.token(), document, variables);
    }

    GraphQlHttp.Reply as(Caller caller, String document) {
        return as(caller, document, Map.of());
    }

    /**
     * OK when the mutation succeeded, the top-level error's classification when it was refused outright, or the
     * user errors' codes, comma-separated (e.g. {@code STALE_VERSION}), when it was refused as a business rule.
     */
    static String outcome(GraphQlHttp.Reply reply) {
        if (reply.errorClassification() != null) {
            List<Object> learners = reply.find("$.data.*.learner");
            assertThat(learners == null ? List.of() : learners).as(reply.toString()).allMatch(java.util.Objects::isNull);
            return reply.errorClassification();
        }
        List<String> codes = reply.read("$.data.*.userErrors[*].code");
        if (!codes.isEmpty()) {
            return String.join(",", codes);
        }
        assertThat(reply.<List<Object>>read("$.data.*.learner")).as(reply.toString()).doesNotContainNull();
        return OK;
    }

    /** The one learner of a successful mutation's payload. */
    static Map<String, Object> learnerOf(GraphQlHttp.Reply reply) {
        Fixtures.assertSucceeded(reply);
        List<Map<String, Object>> learners = reply.read("$.data.*.learner");
        assertThat(learners).as(reply.toString()).hasSize(1);
        return learners.get(0);
    }

    /** The user errors of a refused mutation as (field path, code) pairs, after checking nothing else went wrong. */
    static List<Map<String, Object>> userErrorsOf(GraphQlHttp.Reply reply) {
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(reply.<List<Object>>read("$.data.*.learner")).as(reply.toString()).containsOnlyNulls();
        return reply.read("$.data.*.userErrors[*]");
    }

    // ---- inputs ------------------------------------------------------------------------------------------------

    static Map<String, Object> identity(String firstName, String lastName, String email) {
        var identity = new HashMap<String, Object>();
        identity.put("firstName", firstName);
        identity.put("lastName", lastName);
        identity.put("email", email);
        return identity;
    }

    static Map<String, Object> registration(Map<String, Object> identity, String schoolId) {
        var input = new HashMap<String, Object>();
        input.put("identity", identity);
        input.put("type", "STUDENT");
        if (schoolId != null) {
            input.put("schoolId", schoolId);
        }
        return input;
    }

    /** The platform's calendar day (what the API validates dates against). */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    // ---- learners of the test's own ----------------------------------------------------------------------------

    /** A learner a persona registers (in a school, or none); returns the payload's learner. */
    Map<String, Object> register(String persona, String schoolId, String firstName, String lastName, String email) {
        return learnerOf(api.query(persona, REGISTER,
                Map.of("input", registration(identity(firstName, lastName, email), schoolId))));
    }

    /** A learner school B's admin registers, unclaimed; returns its global id. */
    String newLearnerOfSchoolB(String email) {
        return (String) register("school-admin-b", SCHOOL_B, "Camille", Fixtures.unique("Essai"), email).get("id");
    }

    /** The caller registers their own (independent) profile; returns it. */
    Map<String, Object> selfRegister(Caller learner, String firstName, String lastName) {
        return learnerOf(as(learner, REGISTER,
                Map.of("input", registration(identity(firstName, lastName, learner.email()), null))));
    }

    /** A learner of school B who has claimed the profile their school registered for them: the owner and its id. */
    Map.Entry<Caller, String> claimedLearnerOfSchoolB() {
        Caller owner = newLearner();
        String id = newLearnerOfSchoolB(owner.email());
        assertThat(learnerOf(as(owner, CLAIM)).get("id")).isEqualTo(id);
        return Map.entry(owner, id);
    }

    /** The learner as the platform admin (who reads everything) sees it now. */
    Map<String, Object> read(String id) {
        var reply = api.query("platform-admin", READ, Map.of("id", id));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        return reply.read("$.data.node");
    }

    int versionOf(String learnerId) {
        return ((Number) read(learnerId).get("version")).intValue();
    }
}
