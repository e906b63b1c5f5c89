package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * What the marketplace end-to-end tests share: the documents of the offer and application mutations (each returning
 * its user errors and the object), offers of company X that a test writes for itself (unique titles, so no test
 * relies on another's data or on counts of shared data), learners who apply, and outcomes reduced to one word so
 * matrices read like tables. Same Spring configuration as every {@link ApiTest}, hence the same context.
 */
abstract class MarketplaceApiTest extends LearnerApiTest {

    /** Company X's (Garage Martin's) only site, in Lyon. */
    static final String SITE_X = "site-atelier-gerland";
    /** Company Y's (Sonotec Live's) only site, in Paris. */
    static final String SITE_Y = "site-studio-oberkampf";
    /** Where company X's site is. */
    static final double GERLAND_LATITUDE = 45.7330;
    static final double GERLAND_LONGITUDE = 4.8330;

    /** A caller who signed in with a verified e-mail and holds no role, membership nor learner profile. */
    static final String NEWCOMER = "newcomer";
    /** A caller who registered a learner profile of their own (independent, no school). */
    static final String ANOTHER_LEARNER = "another learner";

    static final String ERRORS = "userErrors { field code message }";
    static final String OFFER = """
            id status kind title description siteId city workMode startDate endDate hoursPerWeek
            monthlyStipend positions positionsFilled positionsLeft termsVersion version
            viewerCanManage companyName publishedAt""";
    static final String SLOT = "id startsAt endsAt durationMinutes timeZone localStart utcOffset";
    static final String APPLICATION = """
            id status termsVersion sharedParts message version history { status note }
            interview { status round place slots { %s } chosenSlot { %s } }""".formatted(SLOT, SLOT);

    static final String OFFER_CREATE = """
            mutation($company: ID!, $input: InternshipOfferInput!) { internshipOfferCreate(companyId: $company, input: $input) {
              %s offer { %s } } }""".formatted(ERRORS, OFFER);
    static final String OFFER_UPDATE = """
            mutation($id: ID!, $input: InternshipOfferUpdateInput!) { internshipOfferUpdate(id: $id, input: $input) {
              %s offer { %s } } }""".formatted(ERRORS, OFFER);
    static final String OFFER_PUBLISH = """
            mutation($id: ID!) { internshipOfferPublish(id: $id) { %s offer { %s } } }""".formatted(ERRORS, OFFER);
    static final String OFFER_CLOSE = """
            mutation($id: ID!) { internshipOfferClose(id: $id) { %s offer { %s } } }""".formatted(ERRORS, OFFER);

    static final String SUBMIT = """
            mutation($offer: ID!, $input: ApplicationSubmitInput!) { applicationSubmit(offerId: $offer, input: $input) {
              %s application { %s } } }""".formatted(ERRORS, APPLICATION);
    static final String SHORTLIST = """
            mutation($id: ID!) { applicationShortlist(id: $id) { %s application { %s } } }""".formatted(ERRORS, APPLICATION);
    static final String REJECT = """
            mutation($id: ID!, $reason: String) { applicationReject(id: $id, reason: $reason) {
              %s application { %s } } }""".formatted(ERRORS, APPLICATION);
    static final String EXTEND_OFFER = """
            mutation($id: ID!) { applicationExtendOffer(id: $id) { %s application { %s } } }""".formatted(ERRORS, APPLICATION);
    static final String ACCEPT_OFFER = """
            mutation($id: ID!, $terms: Int!) { applicationAccept(id: $id, termsVersion: $terms) {
              %s application { %s offer { id status positionsFilled positionsLeft } } } }""".formatted(ERRORS, APPLICATION);
    static final String DECLINE = """
            mutation($id: ID!, $reason: String) { applicationDecline(id: $id, reason: $reason) {
              %s application { %s } } }""".formatted(ERRORS, APPLICATION);
    static final String WITHDRAW = """
            mutation($id: ID!, $reason: String) { applicationWithdraw(id: $id, reason: $reason) {
              %s application { %s } } }""".formatted(ERRORS, APPLICATION);
    static final String PROPOSE = """
            mutation($id: ID!, $input: InterviewProposeInput!) { applicationInterviewPropose(id: $id, input: $input) {
              %s application { %s } } }""".formatted(ERRORS, APPLICATION);
    static final String PICK = """
            mutation($id: ID!, $slot: ID!) { applicationInterviewPick(id: $id, slotId: $slot) {
              %s application { %s } } }""".formatted(ERRORS, APPLICATION);
    static final String CANCEL = """
            mutation($id: ID!, $reason: String) { applicationInterviewCancel(id: $id, reason: $reason) {
              %s application { %s } } }""".formatted(ERRORS, APPLICATION);

    static final String OFFER_READ = "query($id: ID!) { node(id: $id) { ... on InternshipOffer { %s } } }".formatted(OFFER);
    static final String APPLICATION_READ = "query($id: ID!) { node(id: $id) { ... on Application { %s } } }"
            .formatted(APPLICATION);

    /** A learner with a profile and the token to act as them. */
    record Applicant(Caller caller, String learnerId) {
    }

    // ---- callers -----------------------------------------------------------------------------------------------

    /** A persona, or {@link #NEWCOMER}, or {@link #ANOTHER_LEARNER} (someone new each time). */
    Caller caller(String who) {
        return switch (who) {
            case NEWCOMER -> newPersonWithoutRole();
            case ANOTHER_LEARNER -> independentLearner().caller();
            default -> persona(who);
        };
    }

    /** Someone new who registers a learner profile of their own, in no school. */
    Applicant independentLearner() {
        Caller learner = newLearner();
        String id = (String) selfRegister(learner, "Sacha", Fixtures.unique("Candidat")).get("id");
        return new Applicant(learner, id);
    }

    /** A learner of school B who claimed the profile the school registered: school B's staff read it. */
    Applicant learnerOfSchoolB() {
        var claimed = claimedLearnerOfSchoolB();
        return new Applicant(claimed.getKey(), claimed.getValue());
    }

    // ---- offers ------------------------------------------------------------------------------------------------

    /** What the offers of these tests ask for unless a test says otherwise. */
    static final String DESCRIPTION = "Entretien courant en atelier.";
    /**
     * A skill the demo learner Léa lacks: these offers rank below those fitting her (MarketplaceFlowTest looks for
     * one among her best matches), however many of them the tests publish in Lyon.
     */
    static final String REQUIRED_SKILL = "auto-air-conditioning";

    /**
     * The terms of a plain internship at company X's Lyon site, two months from now, 35 hours, €600 a month, asking
     * for air conditioning; a mutable copy, so a test changes what it needs.
     */
    static Map<String, Object> terms(String title) {
        var start = today().plusMonths(2);
        var terms = new HashMap<String, Object>();
        terms.put("kind", "INTERNSHIP");
        terms.put("title", title);
        terms.put("description", DESCRIPTION);
        terms.put("siteId", SITE_X);
        terms.put("startDate", start.toString());
        terms.put("endDate", start.plusMonths(2).minusDays(1).toString());
        terms.put("hoursPerWeek", 35);
        terms.put("monthlyStipend", euros(600));
        terms.put("requiredSkills", List.of(Map.of("code", REQUIRED_SKILL, "minimumLevel", "INTERMEDIATE")));
        terms.put("positions", 1);
        terms.put("workMode", "ON_SITE");
        return terms;
    }

    /** A copy of the terms with these keys changed (a null value removes the key). */
    static Map<String, Object> with(Map<String, Object> terms, Object... keysAndValues) {
        var copy = new HashMap<>(terms);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] == null) {
                copy.remove((String) keysAndValues[i]);
            } else {
                copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return copy;
    }

    static Map<String, Object> euros(long euros) {
        return Map.of("amount", euros * 100, "currency", "EUR");
    }

    /** A word that appears in no other test's offers, so a keyword search finds a test's own offers only. */
    static String tag() {
        return "mkt" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A draft company X's recruiter writes; returns its global id. */
    String draft(Map<String, Object> terms) {
        return draft("recruiter-x", COMPANY_X, terms);
    }

    String draft(String persona, String company, Map<String, Object> terms) {
        return given.succeed(persona, OFFER_CREATE, Map.of("company", company, "input", terms))
                .read("$.data.internshipOfferCreate.offer.id");
    }

    /** A draft of company X, published by its recruiter; returns its global id. */
    String published(Map<String, Object> terms) {
        return published("recruiter-x", COMPANY_X, terms);
    }

    String published(String persona, String company, Map<String, Object> terms) {
        String offer = draft(persona, company, terms);
        given.succeed(persona, OFFER_PUBLISH, Map.of("id", offer));
        return offer;
    }

    /** The offer as the platform admin (who reads everything) sees it now. */
    Map<String, Object> offer(String id) {
        var reply = api.query("platform-admin", OFFER_READ, Map.of("id", id));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        return reply.read("$.data.node");
    }

    // ---- applications ------------------------------------------------------------------------------------------

    /** The learner applies, sharing these parts; returns the application's global id. */
    String apply(Caller learner, String offer, String... sharedParts) {
        var reply = succeed(learner, SUBMIT, Map.of("offer", offer, "input", Map.of(
                "message", "Bonjour, votre offre m'intéresse.", "sharedParts", Arrays.asList(sharedParts))));
        return reply.read("$.data.applicationSubmit.application.id");
    }

    /** The learner applies and company X's recruiter offers them the position; returns the application's id. */
    String offered(Caller learner, String offer) {
        String application = apply(learner, offer);
        given.succeed("recruiter-x", EXTEND_OFFER, Map.of("id", application));
        return application;
    }

    /** The application as the platform admin sees it now. */
    Map<String, Object> application(String id) {
        var reply = api.query("platform-admin", APPLICATION_READ, Map.of("id", id));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        return reply.read("$.data.node");
    }

    String statusOf(String applicationId) {
        return (String) application(applicationId).get("status");
    }

    /** The applications' statuses, in the order asked, read at once by the platform admin. */
    List<String> statusesOf(String... applicationIds) {
        var reply = api.query("platform-admin", "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Application { status } } }",
                Map.of("ids", List.of(applicationIds)));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        return reply.read("$.data.nodes[*].status");
    }

    /** Interview slot input: a start with its offset, the place's zone and a length. */
    static Map<String, Object> slot(java.time.ZonedDateTime start, int minutes) {
        return Map.of("startsAt", start.toOffsetDateTime().toString(), "timeZone", start.getZone().getId(),
                "durationMinutes", minutes);
    }

    /** One slot at 10:00 in Paris, a week from now. */
    static Map<String, Object> interviewNextWeek() {
        var start = today().plusWeeks(1).atTime(10, 0).atZone(java.time.ZoneId.of("Europe/Paris"));
        return Map.of("place", "8 rue de Gerland, Lyon", "slots", List.of(slot(start, 45)));
    }

    // ---- replies -----------------------------------------------------------------------------------------------

    GraphQlHttp.Reply succeed(Caller caller, String document, Map<String, Object> variables) {
        return Fixtures.assertSucceeded(as(caller, document, variables));
    }

    /**
     * OK when the mutation succeeded, the top-level error's classification when it was refused outright (then the
     * payload holds nothing), or the user errors' codes, comma-separated, when a business rule refused it. Never an
     * HTTP failure.
     */
    static String result(GraphQlHttp.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        if (reply.errorClassification() != null) {
            Map<String, Object> data = reply.find("$.data");
            assertThat(data == null ? List.of() : new ArrayList<>(data.values())).as(reply.toString())
                    .allMatch(Objects::isNull);
            return reply.errorClassification();
        }
        List<String> codes = reply.read("$.data.*.userErrors[*].code");
        if (!codes.isEmpty()) {
            return String.join(",", codes);
        }
        List<Map<String, Object>> payloads = reply.read("$.data.*");
        payloads.forEach(payload -> assertThat(payload.values()).as("a successful mutation returns its object: " + reply)
                .doesNotContainNull());
        return OK;
    }

    /** The user errors of a refused mutation as field path → code, after checking nothing else went wrong. */
    static Map<List<String>, String> userErrors(GraphQlHttp.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        List<Map<String, Object>> errors = reply.read("$.data.*.userErrors[*]");
        assertThat(errors).as(reply.toString()).isNotEmpty();
        Map<List<String>, String> result = new LinkedHashMap<>();
        for (Map<String, Object> error : errors) {
            @SuppressWarnings("unchecked")
            var field = (List<String>) error.get("field");
            result.put(field, (String) error.get("code"));
            assertThat((String) error.get("message")).as(reply.toString()).isNotBlank();
        }
        List<Map<String, Object>> payloads = reply.read("$.data.*");
        payloads.forEach(payload -> payload.forEach((key, value) -> {
            if (!"userErrors".equals(key)) {
                assertThat(value).as("a refused mutation returns no object: " + reply).isNull();
            }
        }));
        return result;
    }

    /** The ids of a connection's nodes, in order. */
    static List<String> ids(GraphQlHttp.Reply reply, String connectionPath) {
        return reply.read(connectionPath + ".edges[*].node.id");
    }

    /** Runs the calls from as many threads, released together by a barrier; returns the replies in call order. */
    static List<GraphQlHttp.Reply> atOnce(int threads, IntFunction<GraphQlHttp.Reply> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var barrier = new CyclicBarrier(threads);
            List<Future<GraphQlHttp.Reply>> futures = IntStream.range(0, threads)
                    .mapToObj(i -> pool.submit(() -> {
                        barrier.await(30, TimeUnit.SECONDS);
                        return call.apply(i);
                    })).toList();
            List<GraphQlHttp.Reply> replies = new ArrayList<>();
            for (var future : futures) {
                replies.add(future.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
