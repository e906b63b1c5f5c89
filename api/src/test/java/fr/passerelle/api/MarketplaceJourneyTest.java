package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.PATIENCE;
import static fr.passerelle.api.Fixtures.eventually;
import static fr.passerelle.api.Fixtures.unique;
import static fr.passerelle.api.NoticeTexts.ENGLISH;
import static fr.passerelle.api.NoticeTexts.FRENCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.api.GraphQlWebSocket.Message;
import fr.passerelle.api.Newcomers.Person;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The marketplace as its client teams walk it, over HTTP and WebSocket with real tokens, asserting at each step who
 * is notified and in which language: a new company (its founder, a second recruiter, a tutor — fresh people, so every
 * inbox holds only this journey) is verified, publishes an offer naming the tutor; a learner of school B applies, is
 * shortlisted, interviewed, offered the position and accepts it, which fills the offer under an independent learner
 * still waiting. The second recruiter and the hired learner chose English through the API before it all; everyone
 * else never chose, so reads French. Each person's inbox ends exactly as listed, each title as the bundles word it in
 * that person's language; the other company's recruiter and the other school's admin get nothing of it, live or
 * stored.
 */
class MarketplaceJourneyTest extends LearnerApiTest {

    private static final String NOTIFICATIONS = "subscription { notificationReceived { kind title targetId } }";
    private static final String INBOX = """
            { viewer { notifications(first: 50) { edges { node { kind title body targetId } } } } }""";

    @Test
    void everyStepOfAHireReachesExactlyThePeopleWhoMustKnowEachInTheirLanguage() {
        Person founder = people.newcomer();
        Person recruiter = people.newcomer();
        given.choosesLanguage(recruiter.token(), "EN");
        Person tutor = people.newcomer();
        String companyName = unique("Atelier Journey");
        String company = newVerifiedCompany(founder, companyName);
        // Each of these notices goes to the company's members when it is delivered: waiting until the founder has
        // it keeps a member who joins next from hearing of what came before them.
        awaitToldOf(founder, 1);
        join(recruiter, company, "RECRUITER");
        awaitToldOf(founder, 2);
        String tutorship = join(tutor, company, "TUTOR");
        awaitToldOf(founder, 3);
        String site = site(founder, company);

        var candidate = claimedLearnerOfSchoolB();
        Caller learner = candidate.getKey();
        given.choosesLanguage(learner.token(), "EN");
        Caller waiting = newLearner();
        selfRegister(waiting, "Noé", unique("Attente"));
        Told told = new Told(companyName);

        String offer = publishedOffer(recruiter, company, site, tutorship);
        try (var founderLive = subscribed(founder.token());
             var learnerLive = subscribed(learner.token());
             var otherCompanyLive = subscribed(api.token("recruiter-y"));
             var otherSchoolLive = subscribed(api.token("school-admin-a"))) {

            String application = apply(learner, offer);
            Message live = founderLive.await(about(application), PATIENCE);
            assertThat(live.<String>read("$.payload.data.notificationReceived.kind")).isEqualTo("APPLICATION_RECEIVED");
            assertThat(live.<String>read("$.payload.data.notificationReceived.title"))
                    .isEqualTo(told.title(FRENCH, "APPLICATION_RECEIVED"));
            String waitingApplication = apply(waiting, offer);

            step(founder, "applicationShortlist(id: $id) { userErrors { code } }", application);
            Message shortlisted = learnerLive.await(about(application), PATIENCE);
            assertThat(shortlisted.<String>read("$.payload.data.notificationReceived.kind"))
                    .isEqualTo("APPLICATION_SHORTLISTED");
            assertThat(shortlisted.<String>read("$.payload.data.notificationReceived.title")).as("live, in English")
                    .isEqualTo(told.title(ENGLISH, "APPLICATION_SHORTLISTED"));

            proposeInterview(recruiter, application);
            step(learner.token(), "applicationInterviewPick(id: $id, slotId: \"1\") { userErrors { code } }",
                    application);
            step(founder, "applicationExtendOffer(id: $id) { userErrors { code } }", application);
            step(learner.token(), "applicationAccept(id: $id, termsVersion: 1) { userErrors { code } }", application);

            assertInbox(founder, List.of(
                    told.in(FRENCH, "OFFER_ACCEPTED", application),
                    told.in(FRENCH, "INTERVIEW_CONFIRMED", application),
                    told.in(FRENCH, "APPLICATION_RECEIVED", waitingApplication),
                    told.in(FRENCH, "APPLICATION_RECEIVED", application),
                    told.in(FRENCH, "MEMBER_JOINED", company),
                    told.in(FRENCH, "MEMBER_JOINED", company),
                    told.in(FRENCH, "COMPANY_VERIFIED", company)));
            assertInbox(recruiter, List.of(
                    told.in(ENGLISH, "OFFER_ACCEPTED", application),
                    told.in(ENGLISH, "INTERVIEW_CONFIRMED", application),
                    told.in(ENGLISH, "APPLICATION_RECEIVED", waitingApplication),
                    told.in(ENGLISH, "APPLICATION_RECEIVED", application),
                    told.in(ENGLISH, "MEMBER_JOINED", company)));
            assertInbox(tutor, List.of(
                    told.in(FRENCH, "OFFER_ACCEPTED", application),
                    told.in(FRENCH, "APPLICATION_RECEIVED", waitingApplication),
                    told.in(FRENCH, "APPLICATION_RECEIVED", application)));
            assertThat(bodiesOf(tutor.token())).first().asString().isEqualTo(NoticeTexts.body(FRENCH,
                    "OFFER_ACCEPTED", Map.of("offer", "Mécanicien journey", "company", companyName)));
            assertThat(bodiesOf(recruiter.token())).first().asString().isEqualTo(NoticeTexts.body(ENGLISH,
                    "OFFER_ACCEPTED", Map.of("offer", "Mécanicien journey", "company", companyName)));
            assertInbox(learner.token(), List.of(
                    told.in(ENGLISH, "OFFER_EXTENDED", application),
                    told.in(ENGLISH, "INTERVIEW_PROPOSED", application),
                    told.in(ENGLISH, "APPLICATION_SHORTLISTED", application)));
            assertInbox(waiting.token(), List.of(
                    told.in(FRENCH, "OFFER_FILLED", offer)));
            assertThat(bodiesOf(waiting.token())).singleElement().asString().isEqualTo(NoticeTexts.body(FRENCH,
                    "OFFER_FILLED", Map.of("offer", "Mécanicien journey", "company", companyName)));

            assertThat(aboutJourney(api.token("school-admin-b"), application))
                    .as("the learner's school, which prepares the agreement")
                    .containsExactly(told.in(FRENCH, "OFFER_ACCEPTED", application));
            Set<String> ours = Set.of(company, offer, application, waitingApplication);
            for (String outsider : List.of("school-admin-a", "recruiter-y", "recruiter-x")) {
                assertThat(inboxOf(api.token(outsider))).as(outsider)
                        .noneMatch(notification -> ours.contains(notification.get("targetId")));
            }
            assertThat(otherCompanyLive.drain()).as("the other company's recruiter, live")
                    .noneMatch(message -> ours.contains(message.<String>read(
                            "$.payload.data.notificationReceived.targetId")));
            assertThat(otherSchoolLive.drain()).as("the other school's admin, live")
                    .noneMatch(message -> ours.contains(message.<String>read(
                            "$.payload.data.notificationReceived.targetId")));
        }
    }

    /** A notification of the journey as its reader sees it: kind, title in their language, target. */
    private record Told(String companyName) {

        Tuple in(Locale language, String kind, String target) {
            return tuple(kind, title(language, kind), target);
        }

        String title(Locale language, String kind) {
            return NoticeTexts.title(language, kind, Map.of("company", companyName));
        }
    }

    // ---- the journey's steps ---------------------------------------------------------------------------------------

    /** A company the person registers, then a platform admin verifies. */
    private String newVerifiedCompany(Person founder, String name) {
        String company = Fixtures.assertSucceeded(api.queryWithToken(founder.token(), """
                mutation($name: String!, $siret: String!) { companyRegister(input: {legalName: $name, siret: $siret,
                  kind: INDEPENDENT_GARAGE}) { userErrors { code } company { id } } }""",
                Map.of("name", name, "siret", Fixtures.validSiret()))).read("$.data.companyRegister.company.id");
        given.succeed("platform-admin", """
                mutation($id: ID!, $v: Int!) { companyVerify(id: $id, expectedVersion: $v) { userErrors { code } } }""",
                Map.of("id", company, "v", given.versionOf(company)));
        return company;
    }

    /** The person joins the company in the role, invited by the platform admin; returns the membership's id. */
    private String join(Person person, String company, String role) {
        String membership = given.inviteToCompany("platform-admin", company, person.email(), role);
        Fixtures.assertSucceeded(api.queryWithToken(person.token(), Fixtures.ACCEPT, Map.of("id", membership)));
        return membership;
    }

    private String site(Person founder, String company) {
        return Fixtures.assertSucceeded(api.queryWithToken(founder.token(), """
                mutation($id: ID!) { companySiteAdd(id: $id, input: {name: "Atelier", address: {street: "1 rue du Test",
                  postalCode: "69003", city: "Lyon", countryCode: "FR", latitude: 45.76, longitude: 4.86}}) {
                  userErrors { code } company { sites { id } } } }""", Map.of("id", company)))
                .read("$.data.companySiteAdd.company.sites[0].id");
    }

    private String publishedOffer(Person recruiter, String company, String site, String tutorship) {
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(3);
        String offer = Fixtures.assertSucceeded(api.queryWithToken(recruiter.token(), MarketplaceFlowTest.CREATE,
                Map.of("company", company, "input", Map.of("kind", "INTERNSHIP", "title", "Mécanicien journey",
                        "description", "Diagnostic en atelier.", "siteId", site, "tutorMembershipId", tutorship,
                        "startDate", start.toString(), "endDate", start.plusMonths(2).toString(),
                        "hoursPerWeek", 35, "positions", 1, "workMode", "ON_SITE"))))
                .read("$.data.internshipOfferCreate.offer.id");
        Fixtures.assertSucceeded(api.queryWithToken(recruiter.token(), MarketplaceFlowTest.PUBLISH,
                Map.of("id", offer)));
        return offer;
    }

    private String apply(Caller learner, String offer) {
        return Fixtures.assertSucceeded(as(learner, MarketplaceFlowTest.APPLY, Map.of("offer", offer, "input",
                Map.of("message", "Bonjour", "sharedParts", List.of("SKILLS")))))
                .read("$.data.applicationSubmit.application.id");
    }

    private void proposeInterview(Person recruiter, String application) {
        String slot = LocalDate.now(ZoneId.of("Europe/Paris")).plusWeeks(2).atTime(10, 0)
                .atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime().toString();
        Fixtures.assertSucceeded(api.queryWithToken(recruiter.token(), """
                mutation($id: ID!, $input: InterviewProposeInput!) { applicationInterviewPropose(id: $id, input: $input) {
                  userErrors { code } } }""", Map.of("id", application, "input", Map.of("place", "Atelier",
                "slots", List.of(Map.of("startsAt", slot, "timeZone", "Europe/Paris"))))));
    }

    private void step(Person person, String mutation, String application) {
        step(person.token(), mutation, application);
    }

    private void step(String token, String mutation, String application) {
        Fixtures.assertSucceeded(api.queryWithToken(token, "mutation($id: ID!) { " + mutation + " }",
                Map.of("id", application)));
    }

    // ---- reading what people were told -----------------------------------------------------------------------------

    /** Waits until the inbox holds as many notifications as expected, then checks them, newest first, exactly. */
    private void assertInbox(String token, List<Tuple> expected) {
        var inbox = eventually(() -> inboxOf(token), notifications -> notifications.size() >= expected.size());
        assertThat(inbox).extracting(n -> n.get("kind"), n -> n.get("title"), n -> n.get("targetId"))
                .containsExactlyElementsOf(expected);
    }

    private void awaitToldOf(Person person, int notifications) {
        eventually(() -> inboxOf(person.token()), inbox -> inbox.size() >= notifications);
    }

    private void assertInbox(Person person, List<Tuple> expected) {
        assertInbox(person.token(), expected);
    }

    private List<Map<String, Object>> inboxOf(String token) {
        var reply = api.queryWithToken(token, INBOX, Map.of());
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        return reply.read("$.data.viewer.notifications.edges[*].node");
    }

    private List<String> bodiesOf(String token) {
        return inboxOf(token).stream().map(n -> (String) n.get("body")).toList();
    }

    /** The notifications about this object (kind, title, target), once at least one arrived. */
    private List<Tuple> aboutJourney(String token, String target) {
        return eventually(() -> inboxOf(token).stream().filter(n -> target.equals(n.get("targetId")))
                .map(n -> tuple(n.get("kind"), n.get("title"), n.get("targetId"))).toList(), told -> !told.isEmpty());
    }

    private GraphQlWebSocket subscribed(String token) {
        var socket = GraphQlWebSocket.connect(port, token);
        socket.subscribe(NOTIFICATIONS);
        return socket;
    }

    private static Predicate<Message> about(String target) {
        return message -> message.type().equals("next")
                && target.equals(message.read("$.payload.data.notificationReceived.targetId"));
    }
}
