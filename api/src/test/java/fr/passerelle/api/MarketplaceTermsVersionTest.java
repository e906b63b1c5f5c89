package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Terms versioning end to end: once an offer is published, a change of its essential terms (kind, site, dates,
 * hours, stipend, required skills, languages, work mode, rhythm) makes a new terms version, and an applicant
 * accepts only the version they were shown; other edits keep the version.
 */
class MarketplaceTermsVersionTest extends MarketplaceApiTest {

    @Test
    void anApplicantAcceptsOnlyTheCurrentTermsVersion() {
        String tag = tag();
        var terms = terms("Versions " + tag);
        String offer = published(terms);
        Applicant learner = independentLearner();
        String application = offered(learner.caller(), offer);
        assertThat(application(application).get("termsVersion")).as("applied to version 1").isEqualTo(1);

        var revised = given.succeed("recruiter-x", OFFER_UPDATE, Map.of("id", offer, "input", Map.of(
                "terms", with(terms, "monthlyStipend", euros(450)))));
        assertThat(revised.<Integer>read("$.data.internshipOfferUpdate.offer.termsVersion")).isEqualTo(2);
        assertThat(revised.<Integer>read("$.data.internshipOfferUpdate.offer.monthlyStipend.amount")).isEqualTo(45_000);

        var refused = as(learner.caller(), ACCEPT_OFFER, Map.of("id", application, "terms", 1));
        assertThat(userErrors(refused)).containsExactly(entry(List.of("termsVersion"), "INVALID_STATE"));
        assertThat(statusOf(application)).isEqualTo("OFFERED");
        assertThat(offer(offer)).containsEntry("positionsFilled", 0).containsEntry("status", "PUBLISHED");

        var accepted = succeed(learner.caller(), ACCEPT_OFFER, Map.of("id", application, "terms", 2));
        assertThat(accepted.<String>read("$.data.applicationAccept.application.status")).isEqualTo("ACCEPTED");
        assertThat(accepted.<Integer>read("$.data.applicationAccept.application.termsVersion"))
                .as("the version accepted is recorded").isEqualTo(2);
        assertThat(offer(offer)).containsEntry("positionsFilled", 1).containsEntry("status", "FILLED")
                .containsEntry("termsVersion", 2);
    }

    @Test
    void aNewDescriptionKeepsTheTermsVersionAndTheApplicantAcceptsIt() {
        var terms = terms("Description " + tag());
        String offer = published(terms);
        Applicant learner = independentLearner();
        String application = offered(learner.caller(), offer);

        var edited = given.succeed("recruiter-x", OFFER_UPDATE, Map.of("id", offer, "input", Map.of(
                "terms", with(terms, "description", "Une description plus précise de l'atelier."))));
        assertThat(edited.<Integer>read("$.data.internshipOfferUpdate.offer.termsVersion")).isEqualTo(1);
        assertThat(edited.<String>read("$.data.internshipOfferUpdate.offer.description"))
                .isEqualTo("Une description plus précise de l'atelier.");

        succeed(learner.caller(), ACCEPT_OFFER, Map.of("id", application, "terms", 1));
        assertThat(statusOf(application)).isEqualTo("ACCEPTED");
    }

    static Stream<Arguments> changes() {
        var start = today().plusMonths(2);
        return Stream.of(
                Arguments.of("kind", true, new Object[] {"kind", "APPRENTICESHIP", "rhythm",
                        Map.of("schoolDaysPerWeek", 2, "companyDaysPerWeek", 3)}),
                Arguments.of("start date", true, new Object[] {"startDate", start.plusDays(7).toString()}),
                Arguments.of("end date", true, new Object[] {"endDate", start.plusMonths(3).toString()}),
                Arguments.of("hours", true, new Object[] {"hoursPerWeek", 30}),
                Arguments.of("stipend", true, new Object[] {"monthlyStipend", euros(700)}),
                Arguments.of("no stipend", true, new Object[] {"monthlyStipend", null}),
                Arguments.of("required level", true, new Object[] {"requiredSkills",
                        List.of(Map.of("code", "auto-diagnostic", "minimumLevel", "ADVANCED"))}),
                Arguments.of("languages", true, new Object[] {"languages", List.of(Map.of("code", "en",
                        "minimumLevel", "B1"))}),
                Arguments.of("work mode", true, new Object[] {"workMode", "HYBRID"}),
                Arguments.of("title", false, new Object[] {"title", "Titre revu " + tag()}),
                Arguments.of("description", false, new Object[] {"description", "Autre texte."}),
                Arguments.of("specialisations", false, new Object[] {"specialisations", List.of("Électrique")}),
                Arguments.of("nice-to-have skills", false, new Object[] {"niceToHaveSkills",
                        List.of(Map.of("code", "auto-brakes", "minimumLevel", "BEGINNER"))}),
                Arguments.of("positions", false, new Object[] {"positions", 3}),
                Arguments.of("target programs", false, new Object[] {"targetProgramCodes", List.of("CAP-MV")}),
                Arguments.of("the same terms", false, new Object[] {}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void essentialTermsMakeANewVersionOfAPublishedOfferOtherEditsDoNot(String name, boolean essential,
                                                                         Object[] change) {
        var terms = terms("Révision " + tag());
        String offer = published(terms);
        var updated = given.succeed("recruiter-x", OFFER_UPDATE, Map.of("id", offer, "input", Map.of(
                "terms", with(terms, change))));
        assertThat(updated.<Integer>read("$.data.internshipOfferUpdate.offer.termsVersion"))
                .isEqualTo(essential ? 2 : 1);
        assertThat(offer(offer).get("termsVersion")).isEqualTo(essential ? 2 : 1);
    }

    @Test
    void draftsChangeFreelyAndPublishVersionOne() {
        var terms = terms("Brouillon revu " + tag());
        String offer = draft(terms);
        given.succeed("recruiter-x", OFFER_UPDATE, Map.of("id", offer, "input", Map.of(
                "terms", with(terms, "monthlyStipend", euros(900), "hoursPerWeek", 28))));
        var published = given.succeed("recruiter-x", OFFER_PUBLISH, Map.of("id", offer));
        assertThat(published.<Integer>read("$.data.internshipOfferPublish.offer.termsVersion")).isEqualTo(1);
        assertThat(published.<Integer>read("$.data.internshipOfferPublish.offer.hoursPerWeek")).isEqualTo(28);
    }

    @Test
    void listingTheRequiredSkillsInAnotherOrderIsNoNewVersion() {
        var skills = List.of(Map.of("code", "auto-diagnostic", "minimumLevel", "INTERMEDIATE"),
                Map.of("code", "auto-brakes", "minimumLevel", "BEGINNER"));
        var terms = with(terms("Ordre des compétences " + tag()), "requiredSkills", skills);
        String offer = published(terms);
        var reordered = given.succeed("recruiter-x", OFFER_UPDATE, Map.of("id", offer, "input", Map.of(
                "terms", with(terms, "requiredSkills", List.of(skills.get(1), skills.get(0))))));
        assertThat(reordered.<Integer>read("$.data.internshipOfferUpdate.offer.termsVersion")).isEqualTo(1);
    }

    @Test
    void eachRevisionCountsAndAFilledOfferChangesNoMore() {
        var terms = terms("Deux révisions " + tag());
        String offer = published(terms);
        given.succeed("recruiter-x", OFFER_UPDATE, Map.of("id", offer, "input", Map.of(
                "terms", with(terms, "hoursPerWeek", 30))));
        given.succeed("recruiter-x", OFFER_UPDATE, Map.of("id", offer, "input", Map.of(
                "terms", with(terms, "hoursPerWeek", 32))));
        assertThat(offer(offer).get("termsVersion")).isEqualTo(3);

        Applicant learner = independentLearner();
        String application = offered(learner.caller(), offer);
        succeed(learner.caller(), ACCEPT_OFFER, Map.of("id", application, "terms", 3));
        var refused = api.query("recruiter-x", OFFER_UPDATE, Map.of("id", offer, "input", Map.of(
                "terms", with(terms, "hoursPerWeek", 20))));
        assertThat(userErrors(refused)).containsValue("INVALID_STATE");
        assertThat(offer(offer)).containsEntry("termsVersion", 3).containsEntry("hoursPerWeek", 32)
                .containsEntry("status", "FILLED");
    }
}
