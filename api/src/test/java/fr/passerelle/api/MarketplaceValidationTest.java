package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken business rules of the marketplace come back as {@code userErrors} whose field path leads to the input field
 * at fault (relative to the mutation's arguments: {@code ["input", "endDate"]}), and nothing is written; malformed
 * requests (a wrong enum, a wrong type) are classified top-level errors, never an HTTP 500.
 */
class MarketplaceValidationTest extends MarketplaceApiTest {

    static Stream<Arguments> invalidTerms() {
        var start = today().plusMonths(2);
        return Stream.of(
                Arguments.of("the end before the start", "endDate", start.minusDays(1).toString(),
                        List.of("input", "endDate"), "INVALID"),
                Arguments.of("an end in year 9999", "endDate", "9999-12-31", List.of("input", "endDate"),
                        "OUT_OF_RANGE"),
                Arguments.of("49 hours a week", "hoursPerWeek", 49, List.of("input", "hoursPerWeek"), "OUT_OF_RANGE"),
                Arguments.of("no hours", "hoursPerWeek", 0, List.of("input", "hoursPerWeek"), "OUT_OF_RANGE"),
                Arguments.of("no position", "positions", 0, List.of("input", "positions"), "OUT_OF_RANGE"),
                Arguments.of("101 positions", "positions", 101, List.of("input", "positions"), "OUT_OF_RANGE"),
                Arguments.of("a negative stipend", "monthlyStipend", Map.of("amount", -1, "currency", "EUR"),
                        List.of("input", "monthlyStipend"), "OUT_OF_RANGE"),
                Arguments.of("an apprenticeship without a rhythm", "kind", "APPRENTICESHIP", List.of("input", "rhythm"),
                        "REQUIRED"),
                Arguments.of("an internship with a rhythm", "rhythm", Map.of("schoolDaysPerWeek", 2,
                        "companyDaysPerWeek", 3), List.of("input", "rhythm"), "INVALID"),
                Arguments.of("a skill outside the catalog", "requiredSkills", List.of(Map.of("code", "jonglage",
                        "minimumLevel", "BEGINNER")), List.of("input", "requiredSkills", "0", "code"), "INVALID"),
                Arguments.of("a skill asked twice", "niceToHaveSkills", List.of(Map.of("code", REQUIRED_SKILL,
                        "minimumLevel", "BEGINNER")), List.of("input", "niceToHaveSkills", "0", "code"), "DUPLICATE"),
                Arguments.of("a language that is none", "languages", List.of(Map.of("code", "xx",
                        "minimumLevel", "B1")), List.of("input", "languages", "0", "code"), "INVALID"),
                Arguments.of("a site the company does not have", "siteId", "site-nowhere", List.of("input", "siteId"),
                        "INVALID"),
                Arguments.of("another company's site", "siteId", SITE_Y, List.of("input", "siteId"), "INVALID"),
                Arguments.of("a school that does not exist", "targetSchoolIds",
                        List.of(globalId("School", "no-such-school")), List.of("input", "targetSchoolIds", "0"),
                        "INVALID"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTerms")
    void invalidTermsAreRefusedWithThePathOfTheFieldAtFault(String name, String key, Object value, List<String> path,
                                                           String code) {
        String tag = tag();
        var reply = api.query("recruiter-x", OFFER_CREATE, Map.of("company", COMPANY_X,
                "input", with(terms("Invalide " + tag), key, value)));
        assertThat(userErrors(reply)).containsExactly(entry(path, code));
        assertThat(offersTagged(tag)).as("nothing written").isEmpty();
    }

    @Test
    void aYearBeyondFourDigitsIsABadRequestAndTheServerStillAnswers() {
        String tag = tag();
        var reply = api.query("recruiter-x", OFFER_CREATE, Map.of("company", COMPANY_X,
                "input", with(terms("Lointain " + tag), "endDate", "+99999-12-31")));
        Fixtures.assertClassifiedBadInput(reply, "Date");
        var board = api.query("learner", "query($from: Date) { internshipOffers(first: 1, filter: {startsFrom: $from}) "
                + "{ edges { node { id } } } }", Map.of("from", "9999-01-01"));
        assertThat(board.errorClassification()).as(board.toString()).isEqualTo("BAD_REQUEST");
        assertThat(board.errorMessage()).startsWith("startsFrom: Cette date doit être comprise entre le ");
        assertThat(offersTagged(tag)).as("nothing written").isEmpty();

        assertThat(result(api.query("recruiter-x", OFFER_CREATE, Map.of("company", COMPANY_X,
                "input", terms("Proche " + tag))))).isEqualTo(OK);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String tag = tag();
        var reply = api.query("recruiter-x", OFFER_CREATE, Map.of("company", COMPANY_X, "input", with(terms("Tout faux " + tag),
                "endDate", today().toString(), "hoursPerWeek", 49, "positions", 0, "requiredSkills",
                List.of(Map.of("code", "jonglage", "minimumLevel", "BEGINNER")))));
        assertThat(userErrors(reply)).containsOnly(
                entry(List.of("input", "endDate"), "INVALID"),
                entry(List.of("input", "hoursPerWeek"), "OUT_OF_RANGE"),
                entry(List.of("input", "positions"), "OUT_OF_RANGE"),
                entry(List.of("input", "requiredSkills", "0", "code"), "INVALID"));
        assertThat(offersTagged(tag)).isEmpty();
    }

    @Test
    void invalidNewTermsAreRefusedAndChangeNothing() {
        String tag = tag();
        String offer = published(terms("Mise à jour refusée " + tag));
        var reply = api.query("recruiter-x", OFFER_UPDATE, Map.of("id", offer, "input", Map.of(
                "terms", with(terms("Mise à jour refusée " + tag), "hoursPerWeek", 49, "positions", 0))));
        assertThat(userErrors(reply)).hasSize(2).containsValues("OUT_OF_RANGE");
        assertThat(offer(offer)).containsEntry("hoursPerWeek", 35).containsEntry("positions", 1)
                .containsEntry("termsVersion", 1);
    }

    @Test
    void invalidNewTermsAreRefusedWithThePathUnderInputTerms() {
        String tag = tag();
        String offer = published(terms("Mise à jour invalide " + tag));
        var reply = api.query("recruiter-x", OFFER_UPDATE, Map.of("id", offer, "input", Map.of(
                "terms", with(terms("Mise à jour invalide " + tag), "hoursPerWeek", 49))));
        var errors = userErrors(reply);
        assertThat(errors).as("the code").containsValue("OUT_OF_RANGE");
        assertThat(errors).as("the path: input → terms → hoursPerWeek, one segment each")
                .containsExactly(entry(List.of("input", "terms", "hoursPerWeek"), "OUT_OF_RANGE"));
        assertThat(offer(offer)).containsEntry("hoursPerWeek", 35).containsEntry("termsVersion", 1);
    }

    @Test
    void aStaleExpectedVersionIsReportedOnInputExpectedVersion() {
        String tag = tag();
        String offer = published(terms("Version périmée " + tag));
        int read = ((Number) offer(offer).get("version")).intValue();
        given.succeed("recruiter-x", OFFER_UPDATE, Map.of("id", offer, "input", Map.of(
                "terms", with(terms("Version périmée " + tag), "description", "Changée entre-temps."))));

        var stale = api.query("recruiter-x", OFFER_UPDATE, Map.of("id", offer, "input", Map.of("expectedVersion", read,
                "terms", with(terms("Version périmée " + tag), "description", "Ma version."))));
        var errors = userErrors(stale);
        assertThat(errors).as("the code").containsValue("STALE_VERSION");
        assertThat(offer(offer).get("description")).isEqualTo("Changée entre-temps.");
        assertThat(errors).as("expectedVersion sits in input, beside terms")
                .containsExactly(entry(List.of("input", "expectedVersion"), "STALE_VERSION"));
    }

    @Test
    void aStaleExpectedVersionArgumentIsReportedOnTheArgument() {
        String tag = tag();
        String offer = published(terms("Version en argument " + tag));
        int read = ((Number) offer(offer).get("version")).intValue();
        given.succeed("recruiter-x", OFFER_UPDATE, Map.of("id", offer, "input", Map.of(
                "terms", with(terms("Version en argument " + tag), "description", "Changée entre-temps."))));

        var stale = api.query("recruiter-x", """
                mutation($id: ID!, $input: InternshipOfferUpdateInput!, $v: Int) {
                  internshipOfferUpdate(id: $id, input: $input, expectedVersion: $v) { %s } }""".formatted(ERRORS),
                Map.of("id", offer, "v", read, "input", Map.of(
                        "terms", with(terms("Version en argument " + tag), "description", "Ma version."))));

        assertThat(userErrors(stale)).containsExactly(entry(List.of("expectedVersion"), "STALE_VERSION"));
        assertThat(offer(offer).get("description")).isEqualTo("Changée entre-temps.");
    }

    @Test
    void anUnverifiedCompanyWritesDraftsButCannotPublishThem() {
        Newcomers.Person founder = people.newcomer();
        var registered = Fixtures.assertSucceeded(api.queryWithToken(founder.token(), """
                mutation($name: String!, $siret: String!) { companyRegister(input: {legalName: $name, siret: $siret,
                  kind: INDEPENDENT_GARAGE}) { userErrors { code } company { id vetting { status } } } }""",
                Map.of("name", Fixtures.unique("Garage Pas Encore Vérifié"), "siret", Fixtures.validSiret())));
        String company = registered.read("$.data.companyRegister.company.id");
        assertThat(registered.<String>read("$.data.companyRegister.company.vetting.status")).isNotEqualTo("VERIFIED");
        var site = Fixtures.assertSucceeded(api.queryWithToken(founder.token(), """
                mutation($id: ID!) { companySiteAdd(id: $id, input: {name: "Atelier", address: {street: "1 rue du Test",
                  postalCode: "69003", city: "Lyon", countryCode: "FR", latitude: 45.76, longitude: 4.86}}) {
                  userErrors { code } company { sites { id } } } }""", Map.of("id", company)));
        String siteId = site.read("$.data.companySiteAdd.company.sites[0].id");

        var created = Fixtures.assertSucceeded(api.queryWithToken(founder.token(), OFFER_CREATE, Map.of("company", company,
                "input", with(terms("Pas vérifiée " + tag()), "siteId", siteId))));
        String offer = created.read("$.data.internshipOfferCreate.offer.id");

        var refused = api.queryWithToken(founder.token(), OFFER_PUBLISH, Map.of("id", offer));
        assertThat(userErrors(refused)).containsExactly(entry(List.of("companyId"), "INVALID_STATE"));
        assertThat(offer(offer)).containsEntry("status", "DRAFT").containsEntry("publishedAt", null);
    }

    @Test
    void anOfferWhoseStartPassedCannotBePublished() {
        String offer = draft(with(terms("Trop tard " + tag()), "startDate", today().minusDays(1).toString()));
        var refused = api.query("recruiter-x", OFFER_PUBLISH, Map.of("id", offer));
        assertThat(userErrors(refused)).containsExactly(entry(List.of("startDate"), "INVALID_STATE"));
        assertThat(offer(offer).get("status")).isEqualTo("DRAFT");
    }

    // ---- applications ------------------------------------------------------------------------------------------

    @Test
    void applyingTwiceIsADuplicateAndKeepsOneApplication() {
        String offer = published(terms("Deux fois " + tag()));
        Applicant learner = independentLearner();
        String first = apply(learner.caller(), offer);

        var again = as(learner.caller(), SUBMIT, Map.of("offer", offer, "input", Map.of("message", "Encore moi")));
        assertThat(userErrors(again)).containsValue("DUPLICATE").hasSize(1);
        var listed = api.query("recruiter-x", """
                query($id: ID!) { node(id: $id) { ... on InternshipOffer { applications(first: 10) { edges { node { id } } } } } }""",
                Map.of("id", offer));
        assertThat(ids(listed, "$.data.node.applications")).containsExactly(first);
    }

    @Test
    void aDuplicateApplicationPointsAtTheOfferIdArgument() {
        String offer = published(terms("Deux fois, le chemin " + tag()));
        Applicant learner = independentLearner();
        apply(learner.caller(), offer);

        var again = as(learner.caller(), SUBMIT, Map.of("offer", offer, "input", Map.of()));
        assertThat(userErrors(again)).as("offerId is an argument of applicationSubmit, not a field of its input")
                .containsExactly(entry(List.of("offerId"), "DUPLICATE"));
    }

    @Test
    void aClosedOfferTakesNoApplication() {
        String offer = published(terms("Fermée " + tag()));
        given.succeed("recruiter-x", OFFER_CLOSE, Map.of("id", offer));
        Applicant learner = independentLearner();

        var refused = as(learner.caller(), SUBMIT, Map.of("offer", offer, "input", Map.of()));
        assertThat(userErrors(refused)).containsValue("INVALID_STATE").hasSize(1);
        assertThat(as(learner.caller(), "{ viewer { applications(first: 10) { edges { node { id } } } } }")
                .<List<Object>>read("$.data.viewer.applications.edges")).isEmpty();
    }

    @Test
    void anOfferReservedForOtherSchoolsTakesNoApplication() {
        String offer = published(with(terms("Réservée à l'école A " + tag()), "targetSchoolIds", List.of(SCHOOL_A)));
        Applicant learner = learnerOfSchoolB();
        var refused = as(learner.caller(), SUBMIT, Map.of("offer", offer, "input", Map.of()));
        assertThat(userErrors(refused)).containsValue("INVALID_STATE").hasSize(1);
    }

    @Test
    void applyingWithoutALearnerProfileIsForbidden() {
        String offer = published(terms("Sans profil " + tag()));
        var refused = as(newPersonWithoutRole(), SUBMIT, Map.of("offer", offer, "input", Map.of()));
        assertThat(result(refused)).isEqualTo(FORBIDDEN);
    }

    @Test
    void acceptingAnotherTermsVersionIsRefusedOnTermsVersion() {
        String offer = published(terms("Mauvaise version " + tag()));
        Applicant learner = independentLearner();
        String application = offered(learner.caller(), offer);

        var refused = as(learner.caller(), ACCEPT_OFFER, Map.of("id", application, "terms", 2));
        assertThat(userErrors(refused)).containsExactly(entry(List.of("termsVersion"), "INVALID_STATE"));
        assertThat(statusOf(application)).isEqualTo("OFFERED");
        assertThat(offer(offer)).containsEntry("positionsFilled", 0).containsEntry("status", "PUBLISHED");
    }

    @Test
    void onlyAnOfferedPositionCanBeAccepted() {
        String offer = published(terms("Pas encore offerte " + tag()));
        Applicant learner = independentLearner();
        String application = apply(learner.caller(), offer);

        var refused = as(learner.caller(), ACCEPT_OFFER, Map.of("id", application, "terms", 1));
        assertThat(userErrors(refused)).containsExactly(entry(List.of("status"), "INVALID_STATE"));
        assertThat(offer(offer).get("positionsFilled")).isEqualTo(0);
    }

    static Stream<Arguments> invalidSlots() {
        var paris = ZoneId.of("Europe/Paris");
        var nextWeek = today().plusWeeks(1).atTime(10, 0).atZone(paris);
        var yesterday = today().minusDays(1).atTime(10, 0).atZone(paris);
        return Stream.of(
                Arguments.of("a slot in the past", List.of(slot(yesterday, 30)),
                        List.of("input", "slots", "0", "startsAt"), "INVALID"),
                Arguments.of("the second slot in the past", List.of(slot(nextWeek, 30), slot(yesterday, 30)),
                        List.of("input", "slots", "1", "startsAt"), "INVALID"),
                Arguments.of("a fixed offset for a zone", List.of(Map.of("startsAt",
                        nextWeek.toOffsetDateTime().toString(), "timeZone", "+01:00")),
                        List.of("input", "slots", "0", "timeZone"), "INVALID"),
                Arguments.of("a zone that does not exist", List.of(Map.of("startsAt",
                        nextWeek.toOffsetDateTime().toString(), "timeZone", "Europe/Atlantis")),
                        List.of("input", "slots", "0", "timeZone"), "INVALID"),
                Arguments.of("five minutes", List.of(slot(nextWeek, 5)),
                        List.of("input", "slots", "0", "durationMinutes"), "OUT_OF_RANGE"),
                Arguments.of("the same slot twice", List.of(slot(nextWeek, 30), slot(nextWeek, 45)),
                        List.of("input", "slots", "1", "startsAt"), "DUPLICATE"),
                Arguments.of("no slot", List.of(), List.of("input", "slots"), "REQUIRED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSlots")
    void invalidInterviewSlotsAreRefusedUnderInputSlots(String name, List<Map<String, Object>> slots,
                                                       List<String> path, String code) {
        String application = apply(independentLearner().caller(), sharedOffer());
        var refused = api.query("recruiter-x", PROPOSE, Map.of("id", application,
                "input", Map.of("place", "Visio", "slots", slots)));
        assertThat(userErrors(refused)).containsExactly(entry(path, code));
        assertThat(application(application)).containsEntry("status", "SUBMITTED").containsEntry("interview", null);
    }

    @Test
    void aSlotThatWasNotProposedCannotBePicked() {
        Applicant learner = independentLearner();
        String application = apply(learner.caller(), sharedOffer());
        given.succeed("recruiter-x", PROPOSE, Map.of("id", application, "input", interviewNextWeek()));
        var refused = as(learner.caller(), PICK, Map.of("id", application, "slot", "7"));
        assertThat(userErrors(refused)).containsExactly(entry(List.of("slotId"), "INVALID"));
    }

    /** An open offer of company X many learners apply to without ever taking a position. */
    private static String sharedOffer;

    private String sharedOffer() {
        if (sharedOffer == null) {
            sharedOffer = published(with(terms("Entretiens invalides " + tag()), "positions", 100));
        }
        return sharedOffer;
    }

    // ---- malformed requests ------------------------------------------------------------------------------------

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("an unknown kind", "kind", "FREELANCE"),
                Arguments.of("hours as text", "hoursPerWeek", "trente-cinq"),
                Arguments.of("a day that does not exist", "startDate", today().getYear() + 1 + "-02-30"),
                Arguments.of("a date with a time", "endDate", today().plusMonths(3) + "T10:00:00Z"),
                Arguments.of("a stipend in no currency", "monthlyStipend", Map.of("amount", 65_000, "currency", "EURO")),
                Arguments.of("an unknown skill level", "requiredSkills",
                        List.of(Map.of("code", "auto-diagnostic", "minimumLevel", "GURU"))),
                Arguments.of("a missing title", "title", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedOfferInputIsAClassifiedErrorNeverAServerError(String name, String key, Object value) {
        String tag = tag();
        var reply = api.query("recruiter-x", OFFER_CREATE, Map.of("company", COMPANY_X,
                "input", with(terms("Mal formée " + tag), key, value)));
        assertClassified(reply);
        assertThat(offersTagged(tag)).isEmpty();
    }

    @Test
    void aFractionalAmountOfMinorUnitsIsRefusedNotTruncated() {
        String tag = tag();
        var reply = api.query("recruiter-x", OFFER_CREATE, Map.of("company", COMPANY_X,
                "input", with(terms("Centimes fractionnaires " + tag), "monthlyStipend",
                        Map.of("amount", 650.5, "currency", "EUR"))));
        assertClassified(reply);
        assertThat(offersTagged(tag)).isEmpty();
    }

    @Test
    void malformedArgumentsAreClassifiedErrorsNeverServerErrors() {
        String application = apply(independentLearner().caller(), sharedOffer());
        var replies = List.of(
                api.query("recruiter-x", """
                        mutation { internshipOfferCreate(companyId: "x", input: {kind: FREELANCE, title: "t", siteId: "s",
                          startDate: "2030-01-01", endDate: "2030-02-01", hoursPerWeek: 35, workMode: ON_SITE}) { offer { id } } }"""),
                api.query("learner", SUBMIT, Map.of("offer", sharedOffer(), "input", Map.of("sharedParts",
                        List.of("EVERYTHING")))),
                api.query("recruiter-x", PROPOSE, Map.of("id", application, "input", Map.of("slots", List.of(Map.of(
                        "startsAt", "next tuesday at ten", "timeZone", "Europe/Paris"))))),
                api.query("recruiter-x", ACCEPT_OFFER, Map.of("id", application, "terms", "one")),
                api.query("learner", "{ internshipOffers(first: 5, orderBy: {field: TITLE, direction: ASC}) { edges { node { id } } } }"),
                api.query("learner", "{ internshipOffers(first: 5, filter: {near: {latitude: 45.7, longitude: 4.8}}) { edges { node { id } } } }"),
                api.query("learner", "{ internshipOffers(first: 5, filter: {near: {latitude: 95, longitude: 4.8}, withinKm: 10}) { edges { node { id } } } }"),
                api.query("learner", "{ internshipOffers(first: 5, after: \"not-a-cursor\") { edges { node { id } } } }"));
        replies.forEach(MarketplaceValidationTest::assertClassified);
        assertThat(statusOf(application)).isEqualTo("SUBMITTED");
    }

    @Test
    void anIdOfAnotherTypeIsNotFound() {
        var reply = api.query("recruiter-x", OFFER_PUBLISH, Map.of("id", COMPANY_X));
        assertThat(result(reply)).isEqualTo(NOT_FOUND);
        var garbage = api.query("recruiter-x", OFFER_CREATE, Map.of("company", "not-an-id", "input", terms("Nulle part")));
        assertThat(result(garbage)).isEqualTo(NOT_FOUND);
    }

    private static void assertClassified(GraphQlHttp.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isIn(200, 400);
        assertThat(reply.errorClassification()).as(reply.toString()).isNotNull()
                .isEqualTo("BAD_REQUEST");
        assertThat(reply.<Object>find("$.data.internshipOfferCreate.offer")).isNull();
    }

    /** Company X's offers carrying the tag, every status, as the platform admin lists them. */
    private List<String> offersTagged(String tag) {
        var reply = api.query("platform-admin", """
                query($company: ID!, $tag: String) { node(id: $company) { ... on Company {
                  offers(first: 100, filter: {keywords: $tag}) { edges { node { id } } } } } }""",
                Map.of("company", COMPANY_X, "tag", tag));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        return ids(reply, "$.data.node.offers");
    }
}
