package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jayway.jsonpath.JsonPath;
import fr.passerelle.internship.model.SharedProfile;
import fr.passerelle.shared.model.GeoPoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Explainable matching through GraphQL. A new school of the STRATEGIC tier, two learners of its own and one offer
 * of company X reserved for that school, so the pools are exactly this test's: a learner sees the offer among their
 * matches with every reason (skills covered and missing with levels, distance, availability, specialisation, the
 * school's tier); the company's candidates are its applicants as they shared themselves, never learners; advisors
 * see learners; anyone else no one.
 */
class MarketplaceMatchingTest extends MarketplaceApiTest {

    private static final double HOME_LATITUDE = 45.75;
    private static final double HOME_LONGITUDE = 4.85;

    private static final String MATCH = """
            score
            skills { points maxPoints covered { code required minimumLevel learnerLevel }
                     missing { code required minimumLevel learnerLevel } }
            distance { points maxPoints km band radiusKm withinRadius willingToRelocate remote }
            dates { points maxPoints availableDays offerDays availabilityDeclared }
            specialisation { points maxPoints matched unmatched }
            partnership { points maxPoints tier }
            languages { points maxPoints met { code } unmet { code } }""";

    /** The school, its learners, the offer reserved for it, and the one application to it. */
    private record Fixture(String school, Applicant fit, Applicant other, String offer, String application,
                           String openOffer, String openApplication, String bareOffer, String bareApplication) {
    }

    private static Fixture fixture;

    private Fixture fixture() {
        if (fixture == null) {
            String school = given.newSchool(Fixtures.unique("École des appariements"));
            given.succeed("platform-admin", """
                    mutation($id: ID!) { schoolChangeTier(id: $id, input: {tier: STRATEGIC}) { userErrors { code } school { id } } }""",
                    Map.of("id", school));
            var start = today().plusMonths(9).withDayOfMonth(1);
            var end = start.plusMonths(2).minusDays(1);
            var diagnostic = List.of(Map.of("code", "auto-diagnostic", "minimumLevel", "INTERMEDIATE"));
            String offer = published(with(terms("Appariement " + tag()), "targetSchoolIds", List.of(school),
                    "requiredSkills", diagnostic,
                    "startDate", start.toString(), "endDate", end.toString(),
                    "niceToHaveSkills", List.of(Map.of("code", "auto-brakes", "minimumLevel", "ADVANCED")),
                    "specialisations", List.of("Véhicules hybrides")));

            Applicant fit = learnerOf(school, "Maël");
            learnerOf(as(fit.caller(), SKILL_SET, Map.of("id", fit.learnerId(), "input", Map.of("code", "auto-diagnostic",
                    "level", "ADVANCED"))));
            learnerOf(as(fit.caller(), SKILL_SET, Map.of("id", fit.learnerId(), "input", Map.of("code", "auto-brakes",
                    "level", "BEGINNER"))));
            learnerOf(as(fit.caller(), UPDATE_CAREER, Map.of("id", fit.learnerId(), "input", Map.of(
                    "mobility", Map.of("latitude", HOME_LATITUDE, "longitude", HOME_LONGITUDE, "radiusKm", 20,
                            "willingToRelocate", false, "drivingLicence", true),
                    "availability", List.of(Map.of("start", start.toString(), "end", end.toString()))))));
            learnerOf(api.query("platform-admin", UPDATE_ACADEMIC, Map.of("id", fit.learnerId(), "input", Map.of(
                    "specialisations", List.of("véhicules hybrides ")))));

            Applicant other = learnerOf(school, "Noé");
            learnerOf(as(other.caller(), SKILL_SET, Map.of("id", other.learnerId(), "input", Map.of(
                    "code", "auto-diagnostic", "level", "BEGINNER"))));

            String application = apply(fit.caller(), offer, "SKILLS");
            // The same terms, open to every school, for the company's view of its applicants.
            String openOffer = published(with(terms("Appariement ouvert " + tag()), "requiredSkills", diagnostic,
                    "startDate", start.toString(), "endDate", end.toString(),
                    "niceToHaveSkills", List.of(Map.of("code", "auto-brakes", "minimumLevel", "ADVANCED"))));
            String openApplication = apply(fit.caller(), openOffer, "SKILLS", "ACADEMIC");
            // An offer whose only applicant shares nothing but their skills.
            String bareOffer = published(terms("Appariement discret " + tag()));
            String bareApplication = apply(other.caller(), bareOffer, "SKILLS");
            fixture = new Fixture(school, fit, other, offer, application, openOffer, openApplication, bareOffer,
                    bareApplication);
        }
        return fixture;
    }

    /** Someone new whose profile the platform admin registers in the school and who claims it. */
    private Applicant learnerOf(String school, String firstName) {
        Caller owner = newLearner();
        String id = (String) register("platform-admin", school, firstName, Fixtures.unique("Apparié"), owner.email())
                .get("id");
        assertThat(learnerOf(as(owner, CLAIM)).get("id")).isEqualTo(id);
        return new Applicant(owner, id);
    }

    @Test
    void aLearnerSeesTheFittingOfferWithEveryReason() {
        Fixture fixture = fixture();
        var reply = as(fixture.fit().caller(), "{ viewer { offerMatches(first: 50) { offer { id title } match { %s } } } }"
                .formatted(MATCH));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        List<Map<String, Object>> matches = reply.read("$.data.viewer.offerMatches[?(@.offer.id == '%s')].match"
                .formatted(fixture.offer()));
        assertThat(matches).as("the offer reserved for the learner's school is among their matches").hasSize(1);
        var match = JsonPath.parse(matches.get(0));

        assertThat(match.<List<Map<String, Object>>>read("$.skills.covered")).containsExactly(Map.of(
                "code", "auto-diagnostic", "required", true, "minimumLevel", "INTERMEDIATE", "learnerLevel", "ADVANCED"));
        assertThat(match.<List<Map<String, Object>>>read("$.skills.missing")).containsExactly(Map.of(
                "code", "auto-brakes", "required", false, "minimumLevel", "ADVANCED", "learnerLevel", "BEGINNER"));
        assertThat(match.<Integer>read("$.skills.points")).isLessThan(match.<Integer>read("$.skills.maxPoints"))
                .isPositive();

        double km = match.<Number>read("$.distance.km").doubleValue();
        assertThat(km).as("home base to the Gerland site")
                .isCloseTo(kilometres(HOME_LATITUDE, HOME_LONGITUDE, GERLAND_LATITUDE, GERLAND_LONGITUDE), within(0.2));
        assertThat(match.<Integer>read("$.distance.radiusKm")).isEqualTo(20);
        assertThat(match.<Boolean>read("$.distance.withinRadius")).isTrue();
        assertThat(match.<Boolean>read("$.distance.remote")).isFalse();
        assertThat(match.<Integer>read("$.distance.points")).isEqualTo(match.<Integer>read("$.distance.maxPoints"));

        assertThat(match.<Boolean>read("$.dates.availabilityDeclared")).isTrue();
        assertThat(match.<Integer>read("$.dates.availableDays")).isEqualTo(match.<Integer>read("$.dates.offerDays"));
        assertThat(match.<List<String>>read("$.specialisation.matched")).containsExactly("Véhicules hybrides");
        assertThat(match.<String>read("$.partnership.tier")).isEqualTo("STRATEGIC");
        assertThat(match.<Integer>read("$.partnership.points")).isEqualTo(match.<Integer>read("$.partnership.maxPoints"));

        int parts = sumOfPoints(match, "skills", "distance", "dates", "specialisation", "partnership", "languages");
        assertThat(match.<Integer>read("$.score")).as("the score is the sum of its parts").isEqualTo(parts);
    }

    @Test
    void schoolStaffSeeTheSameMatchesOfTheirLearner() {
        Fixture fixture = fixture();
        var own = as(fixture.fit().caller(), "{ viewer { offerMatches(first: 50) { offer { id } match { score } } } }");
        var staff = api.query("platform-admin", """
                query($id: ID!) { node(id: $id) { ... on Learner { offerMatches(first: 50) { offer { id } match { score } } } } }""",
                Map.of("id", fixture.fit().learnerId()));
        assertThat(staff.errorClassification()).as(staff.toString()).isNull();
        assertThat(staff.<List<Object>>read("$.data.node.offerMatches"))
                .isEqualTo(own.<List<Object>>read("$.data.viewer.offerMatches"));
    }

    @Test
    void anOfferReservedForAnotherSchoolIsNobodyElsesMatch() {
        Fixture fixture = fixture();
        for (Caller outsider : List.of(persona("learner"), independentLearner().caller())) {
            var reply = as(outsider, "{ viewer { offerMatches(first: 50) { offer { id } } } }");
            assertThat(reply.errorClassification()).as(reply.toString()).isNull();
            assertThat(reply.<List<String>>read("$.data.viewer.offerMatches[*].offer.id")).doesNotContain(fixture.offer());
        }
        var none = as(newPersonWithoutRole(), "{ viewer { offerMatches { offer { id } } } }");
        assertThat(none.<List<Object>>read("$.data.viewer.offerMatches")).as("no profile, no matches").isEmpty();
    }

    private static final String CANDIDATES = """
            query($id: ID!) { node(id: $id) { id ... on InternshipOffer { candidates(first: 50) {
              learner { id lastName } application { id status applicant { lastName } } match { %s } } } } }""".formatted(MATCH);

    @Test
    void theCompanysCandidatesAreItsApplicantsAsTheyShareThemselves() {
        Fixture fixture = fixture();
        var reply = api.query("recruiter-x", CANDIDATES, Map.of("id", fixture.openOffer()));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        List<Map<String, Object>> candidates = reply.read("$.data.node.candidates");
        assertThat(candidates).as("only the applicant, never the learner who did not apply").hasSize(1);
        assertThat(reply.<String>read("$.data.node.candidates[0].application.id"))
                .isEqualTo(fixture.openApplication());
        assertThat(reply.<Object>read("$.data.node.candidates[0].learner")).as("the company never gets the profile")
                .isNull();
        assertThat(reply.<List<String>>read("$.data.node.candidates[0].match.skills.covered[*].code"))
                .as("skills were shared").containsExactly("auto-diagnostic");
        assertThat(reply.<List<String>>read("$.data.node.candidates[0].match.skills.missing[*].learnerLevel"))
                .containsExactly("BEGINNER");
        assertThat(reply.<Object>read("$.data.node.candidates[0].match.distance.km"))
                .as("the career part (home base) was not shared, so the distance reveals nothing").isNull();
        assertThat(reply.<Object>read("$.data.node.candidates[0].match.dates.availabilityDeclared")).isEqualTo(false);
        assertThat(reply.<String>read("$.data.node.candidates[0].match.partnership.tier"))
                .as("the academic part was shared, so the school's tier counts").isEqualTo("STRATEGIC");
        assertThat(reply.<String>read("$.data.node.candidates[0].application.applicant.lastName")).isNotBlank();
    }

    /**
     * Trilateration: kilometres from a few sites of its own located an applicant to metres. The company reads a band
     * and points computed from the home base's grid cell, so moving the home base within its cell (here between
     * opposite corners, about 4.5 km apart) changes nothing the company can read.
     */
    @Test
    void theCompanyReadsADistanceBandFromTheHomeBasesCellNeverKilometres() {
        Fixture fixture = fixture();
        Applicant applicant = learnerOf(fixture.school(), "Lou");
        GeoPoint cell = SharedProfile.HOME_GRID.cellCentre(new GeoPoint(HOME_LATITUDE, HOME_LONGITUDE));
        String offer = published(terms("Appariement situé " + tag()));
        moveHome(applicant, cell.latitude() + 0.015, cell.longitude() + 0.02);
        apply(applicant.caller(), offer, "CAREER");

        var before = api.query("recruiter-x", CANDIDATES, Map.of("id", offer));
        assertThat(before.errorClassification()).as(before.toString()).isNull();
        assertThat(before.<Object>read("$.data.node.candidates[0].match.distance.km")).isNull();
        assertThat(before.<String>read("$.data.node.candidates[0].match.distance.band")).isEqualTo("UNDER_10_KM");
        assertThat(before.<Integer>read("$.data.node.candidates[0].match.distance.radiusKm")).isEqualTo(20);

        moveHome(applicant, cell.latitude() - 0.015, cell.longitude() - 0.02);
        var after = api.query("recruiter-x", CANDIDATES, Map.of("id", offer));
        assertThat(after.<Object>read("$.data.node.candidates[0].match"))
                .isEqualTo(before.<Object>read("$.data.node.candidates[0].match"));
    }

    private void moveHome(Applicant applicant, double latitude, double longitude) {
        learnerOf(as(applicant.caller(), UPDATE_CAREER, Map.of("id", applicant.learnerId(), "input", Map.of(
                "mobility", Map.of("latitude", latitude, "longitude", longitude, "radiusKm", 20,
                        "willingToRelocate", false, "drivingLicence", true)))));
    }

    @Test
    void anApplicantWhoSharesNoAcademicPartIsStillACandidate() {
        Fixture fixture = fixture();
        var reply = api.query("recruiter-x", CANDIDATES, Map.of("id", fixture.bareOffer()));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(reply.<List<String>>read("$.data.node.candidates[*].application.id"))
                .containsExactly(fixture.bareApplication());
        assertThat(reply.<Object>read("$.data.node.candidates[0].match.partnership.tier")).isNull();
    }

    @Test
    void theApplicantsOfAnOfferReservedForTheirSchoolAreTheCompanysCandidatesToo() {
        Fixture fixture = fixture();
        var reply = api.query("recruiter-x", CANDIDATES, Map.of("id", fixture.offer()));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(reply.<List<String>>read("$.data.node.candidates[*].application.id"))
                .containsExactly(fixture.application());
        assertThat(reply.<List<Object>>read("$.data.node.candidates[*].learner")).containsOnlyNulls();
    }

    @Test
    void advisorsAndAdminsSeeTheSchoolsLearnersAsCandidates() {
        Fixture fixture = fixture();
        for (String persona : List.of("advisor", "platform-admin")) {
            var reply = api.query(persona, CANDIDATES, Map.of("id", fixture.offer()));
            assertThat(reply.errorClassification()).as(reply.toString()).isNull();
            assertThat(reply.<List<String>>read("$.data.node.candidates[*].learner.id")).as(persona)
                    .containsExactly(fixture.fit().learnerId(), fixture.other().learnerId());
            assertThat(reply.<List<Object>>read("$.data.node.candidates[*].application")).containsOnlyNulls();
            assertThat(reply.<Double>read("$.data.node.candidates[0].match.distance.km")).isNotNull();
        }
    }

    @Test
    void schoolStaffSeeTheirOwnLearnersOnly() {
        Fixture fixture = fixture();
        var open = api.query("school-admin-b", CANDIDATES, Map.of("id", fixture.openOffer()));
        assertThat(open.errorClassification()).as(open.toString()).isNull();
        List<String> learners = open.read("$.data.node.candidates[*].learner.id");
        assertThat(learners).as("school B's learners holding a skill the offer asks for").isNotEmpty()
                .doesNotContainNull().doesNotContain(fixture.fit().learnerId(), fixture.other().learnerId());
        assertThat(open.<List<Object>>read("$.data.node.candidates[*].application")).containsOnlyNulls();

        for (String persona : List.of("school-admin-b", "school-admin-a")) {
            var reserved = api.query(persona, CANDIDATES, Map.of("id", fixture.offer()));
            assertThat(reserved.<List<Object>>read("$.data.node.candidates")).as(persona + ", offer reserved for "
                    + "another school").isEmpty();
        }
    }

    @Test
    void anyoneElseSeesNoCandidates() {
        Fixture fixture = fixture();
        for (String offer : List.of(fixture.offer(), fixture.openOffer())) {
            for (Caller caller : List.of(persona("recruiter-y"), persona("learner"), fixture.fit().caller(),
                    newPersonWithoutRole())) {
                var reply = as(caller, CANDIDATES, Map.of("id", offer));
                assertThat(reply.errorClassification()).as(reply.toString()).isNull();
                assertThat(reply.<String>read("$.data.node.id")).as("the published offer itself is visible")
                        .isEqualTo(offer);
                assertThat(reply.<List<Object>>read("$.data.node.candidates")).as(caller.name()).isEmpty();
            }
        }
    }

    /** The sum of the parts' points. */
    private static int sumOfPoints(com.jayway.jsonpath.DocumentContext match, String... parts) {
        int sum = 0;
        for (String part : parts) {
            sum += match.<Integer>read("$." + part + ".points");
        }
        return sum;
    }

    /** Great-circle distance, as an independent check of what the API computes. */
    private static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
