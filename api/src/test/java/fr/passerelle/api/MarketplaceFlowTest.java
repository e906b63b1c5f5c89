package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The marketplace's happy path end to end over HTTP with real tokens: a verified company publishes an offer, the
 * learner finds it on the board and in their matches, applies sharing some parts, is interviewed at a slot in the
 * place's time zone, offered the position and accepts it.
 */
class MarketplaceFlowTest extends ApiTest {

    static final String CREATE = """
            mutation($company: ID!, $input: InternshipOfferInput!) {
              internshipOfferCreate(companyId: $company, input: $input) {
                userErrors { field code message } offer { id status termsVersion companyName } } }""";
    static final String PUBLISH = """
            mutation($id: ID!) { internshipOfferPublish(id: $id) {
              userErrors { field code message } offer { id status publishedAt } } }""";
    static final String APPLY = """
            mutation($offer: ID!, $input: ApplicationSubmitInput!) { applicationSubmit(offerId: $offer, input: $input) {
              userErrors { field code message } application { id status termsVersion } } }""";

    @Test
    void aLearnerFindsAppliesIsInterviewedAndAcceptsAnOffer() {
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(2);
        String title = "Mécanicien diagnostic " + System.nanoTime();
        var created = given.succeed("recruiter-x", CREATE, Map.of("company", COMPANY_X, "input", Map.of(
                "kind", "INTERNSHIP", "title", title, "description", "Diagnostic électronique en atelier.",
                "siteId", "site-atelier-gerland", "startDate", start.toString(),
                "endDate", start.plusMonths(2).toString(), "hoursPerWeek", 35,
                "monthlyStipend", Map.of("amount", 65_000, "currency", "EUR"),
                "requiredSkills", List.of(Map.of("code", "auto-diagnostic", "minimumLevel", "INTERMEDIATE")),
                "workMode", "ON_SITE")));
        String offer = created.read("$.data.internshipOfferCreate.offer.id");
        assertThat(created.<String>read("$.data.internshipOfferCreate.offer.status")).isEqualTo("DRAFT");
        assertThat(created.<String>read("$.data.internshipOfferCreate.offer.companyName")).isEqualTo("Garage Martin");

        given.succeed("recruiter-x", PUBLISH, Map.of("id", offer));

        var board = api.query("learner", """
                query($keywords: String) { internshipOffers(filter: {keywords: $keywords}) {
                  edges { node { id title companyName status } } } }""", Map.of("keywords", "mecanicien diagnostics"));
        assertThat(board.<List<String>>read("$.data.internshipOffers.edges[*].node.id")).as(board.toString())
                .contains(offer);

        var matches = api.query("learner", """
                { viewer { offerMatches(first: 50) { offer { id } match { score skills { covered { code } } } } } }""");
        assertThat(matches.errorClassification()).as(matches.toString()).isNull();
        assertThat(matches.<List<String>>read("$.data.viewer.offerMatches[*].offer.id")).contains(offer);

        var applied = given.succeed("learner", APPLY, Map.of("offer", offer, "input", Map.of(
                "message", "Bonjour, je suis motivée.", "sharedParts", List.of("SKILLS", "CONTACT"))));
        String application = applied.read("$.data.applicationSubmit.application.id");

        var seenByRecruiter = api.query("recruiter-x", """
                query($id: ID!) { node(id: $id) { ... on InternshipOffer { applications(first: 10) { edges { node {
                  id status applicant { firstName email skills { code } academic { programCode } career { targetRoles } }
                  learner { id } } } } } } }""", Map.of("id", offer));
        assertThat(seenByRecruiter.errorClassification()).as(seenByRecruiter.toString()).isNull();
        var applicant = "$.data.node.applications.edges[0].node.";
        assertThat(seenByRecruiter.<String>read(applicant + "id")).isEqualTo(application);
        assertThat(seenByRecruiter.<String>read(applicant + "applicant.email")).isNotNull();
        assertThat(seenByRecruiter.<List<Object>>read(applicant + "applicant.skills")).isNotEmpty();
        assertThat(seenByRecruiter.<Object>read(applicant + "applicant.academic")).isNull();
        assertThat(seenByRecruiter.<Object>read(applicant + "applicant.career")).isNull();
        assertThat(seenByRecruiter.<Object>read(applicant + "learner")).isNull();

        String slotStart = start.minusWeeks(3).atTime(10, 0).atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime()
                .toString();
        var proposed = given.succeed("recruiter-x", """
                mutation($id: ID!, $input: InterviewProposeInput!) { applicationInterviewPropose(id: $id, input: $input) {
                  userErrors { field code message }
                  application { status interview { status slots { id localStart timeZone utcOffset startsAt } } } } }""",
                Map.of("id", application, "input", Map.of("place", "8 rue de Gerland, Lyon", "slots", List.of(
                        Map.of("startsAt", slotStart, "timeZone", "Europe/Paris", "durationMinutes", 30)))));
        var slot = "$.data.applicationInterviewPropose.application.interview.slots[0].";
        assertThat(proposed.<String>read(slot + "localStart")).isEqualTo(start.minusWeeks(3) + "T10:00");
        assertThat(proposed.<String>read("$.data.applicationInterviewPropose.application.status"))
                .isEqualTo("INTERVIEW");

        given.succeed("learner", """
                mutation($id: ID!) { applicationInterviewPick(id: $id, slotId: "1") {
                  userErrors { field code message } application { interview { status chosenSlot { id } } } } }""",
                Map.of("id", application));
        given.succeed("recruiter-x", """
                mutation($id: ID!) { applicationExtendOffer(id: $id) {
                  userErrors { field code message } application { status } } }""", Map.of("id", application));
        var accepted = given.succeed("learner", """
                mutation($id: ID!) { applicationAccept(id: $id, termsVersion: 1) {
                  userErrors { field code message } application { status offer { status positionsLeft } } } }""",
                Map.of("id", application));
        assertThat(accepted.<String>read("$.data.applicationAccept.application.status")).isEqualTo("ACCEPTED");
        assertThat(accepted.<String>read("$.data.applicationAccept.application.offer.status")).isEqualTo("FILLED");
        assertThat(accepted.<Integer>read("$.data.applicationAccept.application.offer.positionsLeft")).isZero();
    }
}
