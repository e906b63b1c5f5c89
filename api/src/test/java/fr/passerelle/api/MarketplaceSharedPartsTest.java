package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the company learns of an applicant: the name, plus exactly the profile parts the learner shared with that
 * application; never the birth date, the address, the home base nor the school's student number. The learner's full
 * profile ({@code Application.learner}) is for the learner, their school, advisors and admins, never the company.
 * One learner of school B with every part filled in applies once per test, to an offer of its own.
 */
class MarketplaceSharedPartsTest extends MarketplaceApiTest {

    private static final String BIRTH_DATE = today().minusYears(19).withDayOfMonth(7).toString();
    private static final String STREET = "17 rue Confidentielle";
    private static final String PHONE = "+33611223344";

    /** The applicant, their every part filled in. */
    private static Applicant full;

    private Applicant full() {
        if (full == null) {
            Applicant learner = learnerOfSchoolB();
            String id = learner.learnerId();
            var identity = identity("Camille", "Partage", learner.caller().email());
            identity.put("phone", "+33 6 11 22 33 44");
            identity.put("birthDate", BIRTH_DATE);
            identity.put("address", Map.of("street", STREET, "postalCode", "69002", "city", "Lyon",
                    "latitude", 45.76, "longitude", 4.835));
            learnerOf(as(learner.caller(), UPDATE_IDENTITY, Map.of("id", id, "input", Map.of("identity", identity))));
            learnerOf(api.query("school-admin-b", UPDATE_ACADEMIC, Map.of("id", id, "input", Map.of(
                    "externalStudentId", "MF-SECRET-" + tag(), "programCode", "CAP-MV",
                    "graduationYear", today().getYear() + 1, "specialisations", List.of("Diagnostic")))));
            learnerOf(as(learner.caller(), SKILL_SET, Map.of("id", id, "input", Map.of("code", "auto-diagnostic",
                    "level", "ADVANCED"))));
            learnerOf(as(learner.caller(), UPDATE_BACKGROUND, Map.of("id", id, "input", Map.of(
                    "experiences", List.of(Map.of("title", "Apprenti", "employer", "Garage du Coin",
                            "kind", "APPRENTICESHIP", "startDate", today().minusMonths(10).toString(),
                            "endDate", today().minusMonths(1).toString())),
                    "portfolio", List.of("https://example.org/portfolio")))));
            learnerOf(as(learner.caller(), UPDATE_CAREER, Map.of("id", id, "input", Map.of(
                    "targetRoles", List.of("Mécanicien"),
                    "mobility", Map.of("latitude", 45.75, "longitude", 4.85, "radiusKm", 20,
                            "willingToRelocate", false, "drivingLicence", true)))));
            full = learner;
        }
        return full;
    }

    private static final String APPLICANT = """
            firstName lastName email phone
            academic { programCode graduationYear externalStudentId specialisations school { id } }
            skills { code level }
            background { experiences { employer } portfolio }
            career { targetRoles mobility { homeBase { latitude longitude } radiusKm } }""";

    static Stream<Arguments> parts() {
        // Columns: shared parts; then whether email, academic, skills, background, career show.
        return Stream.of(
                Arguments.of(List.of(), false, false, false, false, false),
                Arguments.of(List.of("CONTACT"), true, false, false, false, false),
                Arguments.of(List.of("ACADEMIC"), false, true, false, false, false),
                Arguments.of(List.of("SKILLS"), false, false, true, false, false),
                Arguments.of(List.of("BACKGROUND"), false, false, false, true, false),
                Arguments.of(List.of("CAREER"), false, false, false, false, true),
                Arguments.of(List.of("CONTACT", "ACADEMIC", "SKILLS", "BACKGROUND", "CAREER"), true, true, true, true, true));
    }

    @ParameterizedTest(name = "shares {0}")
    @MethodSource("parts")
    void theCompanySeesTheNameAndExactlyTheSharedParts(List<String> shared, boolean contact, boolean academic,
                                                      boolean skills, boolean background, boolean career) {
        Applicant learner = full();
        String offer = published(terms("Partage " + tag()));
        String application = apply(learner.caller(), offer, shared.toArray(String[]::new));

        var reply = api.query("recruiter-x", """
                query($application: ID!, $offer: ID!) {
                  node(id: $application) { ... on Application { sharedParts learner { id } applicant { %s } } }
                  offer: node(id: $offer) { ... on InternshipOffer { applications(first: 10) { edges { node {
                    id learner { id } applicant { %s } } } } } }
                }""".formatted(APPLICANT, APPLICANT), Map.of("application", application, "offer", offer));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(reply.<List<String>>read("$.data.node.sharedParts")).containsExactlyInAnyOrderElementsOf(shared);
        assertThat(reply.<Object>read("$.data.node.learner")).as("the full profile is not the company's").isNull();
        assertThat(reply.<Object>read("$.data.offer.applications.edges[0].node.learner")).isNull();
        assertThat(reply.<String>read("$.data.offer.applications.edges[0].node.id")).isEqualTo(application);

        for (String path : List.of("$.data.node.applicant", "$.data.offer.applications.edges[0].node.applicant")) {
            Map<String, Object> seen = reply.read(path);
            assertThat(seen).as(path).containsEntry("firstName", "Camille").containsEntry("lastName", "Partage");
            assertThat(seen.get("email")).as("email").isEqualTo(contact ? learner.caller().email() : null);
            assertThat(seen.get("phone")).as("phone").isEqualTo(contact ? PHONE : null);
            assertThat(seen.get("academic") != null).as("academic").isEqualTo(academic);
            assertThat(seen.get("skills") != null).as("skills").isEqualTo(skills);
            assertThat(seen.get("background") != null).as("background").isEqualTo(background);
            assertThat(seen.get("career") != null).as("career").isEqualTo(career);
        }
        var applicant = "$.data.node.applicant.";
        if (academic) {
            assertThat(reply.<String>read(applicant + "academic.programCode")).isEqualTo("CAP-MV");
            assertThat(reply.<List<String>>read(applicant + "academic.specialisations")).containsExactly("Diagnostic");
            assertThat(reply.<Object>read(applicant + "academic.externalStudentId"))
                    .as("the school's student number is the school's business").isNull();
        }
        if (skills) {
            assertThat(reply.<List<String>>read(applicant + "skills[*].code")).containsExactly("auto-diagnostic");
            assertThat(reply.<List<String>>read(applicant + "skills[*].level")).containsExactly("ADVANCED");
        }
        if (background) {
            assertThat(reply.<List<String>>read(applicant + "background.experiences[*].employer"))
                    .containsExactly("Garage du Coin");
        }
        if (career) {
            assertThat(reply.<List<String>>read(applicant + "career.targetRoles")).containsExactly("Mécanicien");
            assertThat(reply.<Integer>read(applicant + "career.mobility.radiusKm")).isEqualTo(20);
            assertThat(reply.<Object>read(applicant + "career.mobility.homeBase")).as("never the home base").isNull();
        }
        // Whatever is shared, the birth date and the address are nowhere in what the company reads.
        assertThat(reply.body()).doesNotContain(BIRTH_DATE).doesNotContain(STREET).doesNotContain("MF-SECRET");
    }

    @Test
    void theApplicantTypeHasNoBirthDateNorAddress() {
        for (String field : List.of("birthDate", "address { city }")) {
            var reply = api.query("recruiter-x", """
                    query($id: ID!) { node(id: $id) { ... on Application { applicant { %s } } } }""".formatted(field),
                    Map.of("id", globalId("Application", "demo-application-lea-diagnostic")));
            assertThat(reply.status()).as(reply.toString()).isIn(200, 400);
            assertThat(reply.errorClassification()).as(reply.toString()).isNotNull().isNotEqualTo("INTERNAL_ERROR");
            assertThat(reply.<Object>find("$.data.node")).isNull();
        }
    }

    static Stream<Arguments> fullProfileReaders() {
        // Columns: caller, whether they read the learner's full profile through the application.
        return Stream.of(
                Arguments.of("owner", true),
                Arguments.of("school-admin-b", true),
                Arguments.of("advisor", true),
                Arguments.of("platform-admin", true),
                Arguments.of("recruiter-x", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fullProfileReaders")
    void theFullProfileIsForTheLearnerTheirSchoolAdvisorsAndAdminsNeverTheCompany(String who, boolean reads) {
        Applicant learner = full();
        String offer = published(terms("Profil complet " + tag()));
        String application = apply(learner.caller(), offer, "CONTACT", "ACADEMIC", "SKILLS", "BACKGROUND", "CAREER");
        Caller caller = "owner".equals(who) ? learner.caller() : persona(who);

        var reply = as(caller, """
                query($id: ID!) { node(id: $id) { ... on Application { id
                  learner { id lastName academic { programCode } skills { code } } applicant { lastName } } } }""",
                Map.of("id", application));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(reply.<String>read("$.data.node.id")).isEqualTo(application);
        assertThat(reply.<String>read("$.data.node.applicant.lastName")).isEqualTo("Partage");
        if (reads) {
            assertThat(reply.<String>read("$.data.node.learner.id")).isEqualTo(learner.learnerId());
            assertThat(reply.<String>read("$.data.node.learner.academic.programCode")).isEqualTo("CAP-MV");
        } else {
            assertThat(reply.<Object>read("$.data.node.learner")).as("even with every part shared").isNull();
        }
    }

    private static final String SHARED_PARTS_CHANGE = """
            mutation($id: ID!, $parts: [ProfilePart!]!) { applicationSharedPartsChange(id: $id, sharedParts: $parts) {
              userErrors { field code } application { sharedParts } } }""";

    private Map<String, Object> applicantAsTheCompanySeesIt(String application) {
        var reply = api.query("recruiter-x", """
                query($id: ID!) { node(id: $id) { ... on Application { applicant { email phone skills { code } } } } }""",
                Map.of("id", application));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        return reply.read("$.data.node.applicant");
    }

    /** Once an application can no longer lead to a hire, the company keeps what it learned but no live contact. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("endings")
    void anEndedApplicationNoLongerServesTheApplicantsContact(String ending) {
        Applicant learner = full();
        String offer = published(terms("Fin de partage " + tag()));
        String application = apply(learner.caller(), offer, "CONTACT", "SKILLS");
        assertThat(applicantAsTheCompanySeesIt(application).get("email")).isEqualTo(learner.caller().email());

        switch (ending) {
            case "withdrawn" -> succeed(learner.caller(), WITHDRAW, Map.of("id", application));
            case "rejected" -> given.succeed("recruiter-x", REJECT, Map.of("id", application));
            default -> given.succeed("recruiter-x", OFFER_CLOSE, Map.of("id", offer));
        }

        Map<String, Object> seen = applicantAsTheCompanySeesIt(application);
        assertThat(seen.get("email")).isNull();
        assertThat(seen.get("phone")).isNull();
        assertThat(seen.get("skills")).as("what was shared otherwise stays").isNotNull();
    }

    static Stream<String> endings() {
        return Stream.of("withdrawn", "rejected", "offer closed");
    }

    @Test
    void theLearnerNarrowsWhatTheyShareAndOnceEndedCanOnlyNarrowIt() {
        Applicant learner = full();
        String offer = published(terms("Partage révisé " + tag()));
        String application = apply(learner.caller(), offer, "CONTACT", "SKILLS");

        var narrowed = succeed(learner.caller(), SHARED_PARTS_CHANGE, Map.of("id", application,
                "parts", List.of("SKILLS")));
        assertThat(narrowed.<List<String>>read("$.data.applicationSharedPartsChange.application.sharedParts"))
                .containsExactly("SKILLS");
        assertThat(applicantAsTheCompanySeesIt(application).get("email")).isNull();

        succeed(learner.caller(), WITHDRAW, Map.of("id", application));
        var widened = as(learner.caller(), SHARED_PARTS_CHANGE, Map.of("id", application,
                "parts", List.of("SKILLS", "CONTACT")));
        assertThat(widened.<List<String>>read("$.data.applicationSharedPartsChange.userErrors[0].field"))
                .containsExactly("sharedParts");
        assertThat(widened.<String>read("$.data.applicationSharedPartsChange.userErrors[0].code"))
                .isEqualTo("INVALID_STATE");
        var revoked = succeed(learner.caller(), SHARED_PARTS_CHANGE, Map.of("id", application, "parts", List.of()));
        assertThat(revoked.<List<String>>read("$.data.applicationSharedPartsChange.application.sharedParts")).isEmpty();
        assertThat(applicantAsTheCompanySeesIt(application).get("skills")).isNull();
    }

    @Test
    void onlyTheLearnerChangesWhatTheyShare() {
        Applicant learner = full();
        String application = apply(learner.caller(), published(terms("Partage gardé " + tag())), "CONTACT");

        var reply = api.query("recruiter-x", SHARED_PARTS_CHANGE, Map.of("id", application, "parts", List.of()));
        assertThat(reply.errorClassification()).isEqualTo("FORBIDDEN");
        assertThat(applicantAsTheCompanySeesIt(application).get("email")).isEqualTo(learner.caller().email());
    }
}
