package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.PATIENCE;
import static fr.passerelle.api.Fixtures.eventually;
import static fr.passerelle.api.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.api.GraphQlWebSocket.Message;
import fr.passerelle.api.Newcomers.Person;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The marketplace as its client teams walk it, over HTTP and WebSocket with real tokens, asserting at each step who
 * is notified: a new company (its founder, a second recruiter, a tutor — fresh people, so every inbox holds only
 * this journey) is verified, publishes an offer naming the tutor; a learner of school B applies, is shortlisted,
 * interviewed, offered the position and accepts it, which fills the offer under an independent learner still
 * waiting. Each person's inbox ends exactly as listed; the other company's recruiter and the other school's admin
 * get nothing of it, live or stored. Texts are French: nobody here chose a language. The English rendering for someone
 * who chose English is proven in the domain ({@code MarketplaceNoticesTest}): stubbing the preference port on the
 * shared application context races with the job runner's deliveries of other tests, and the platform's own store of
 * choices comes with the notification preferences.
 */
class MarketplaceJourneyTest extends LearnerApiTest {

    private static final String NOTIFICATIONS = "subscription { notificationReceived { kind title targetId } }";
    private static final String INBOX = """
            { viewer { notifications(first: 50) { edges { node { kind title body targetId } } } } }""";

    @Test
    void everyStepOfAHireReachesExactlyThePeopleWhoMustKnowInFrench() {
        Person founder = people.newcomer();
        Person recruiter = people.newcomer();
        Person tutor = people.newcomer();
        String companyName = unique("Atelier Journey");
        String company = newVerifiedCompany(founder, companyName);
        join(recruiter, company, "RECRUITER");
        String tutorship = join(tutor, company, "TUTOR");
        String site = site(founder, company);

        var candidate = claimedLearnerOfSchoolB();
        Caller learner = candidate.getKey();
        Caller waiting = newLearner();
        selfRegister(waiting, "Noé", unique("Attente"));

        String offer = publishedOffer(recruiter, company, site, tutorship);
        try (var founderLive = subscribed(founder.token());
             var learnerLive = subscribed(learner.token());
             var otherCompanyLive = subscribed(api.token("recruiter-y"));
             var otherSchoolLive = subscribed(api.token("school-admin-a"))) {

            String application = apply(learner, offer);
            Message live = founderLive.await(about(application), PATIENCE);
            assertThat(live.<String>read("$.payload.data.notificationReceived.kind")).isEqualTo("APPLICATION_RECEIVED");
            assertThat(live.<String>read("$.payload.data.notificationReceived.title")).isEqualTo("Nouvelle candidature");
            String waitingApplication = apply(waiting, offer);

            step(founder, "applicationShortlist(id: $id) { userErrors { code } }", application);
            assertThat(learnerLive.await(about(application), PATIENCE)
                    .<String>read("$.payload.data.notificationReceived.kind")).isEqualTo("APPLICATION_SHORTLISTED");

            proposeInterview(recruiter, application);
            step(learner.token(), "applicationInterviewPick(id: $id, slotId: \"1\") { userErrors { code } }",
                    application);
            step(founder, "applicationExtendOffer(id: $id) { userErrors { code } }", application);
            step(learner.token(), "applicationAccept(id: $id, termsVersion: 1) { userErrors { code } }", application);

            assertInbox(founder, List.of(
                    tuple("OFFER_ACCEPTED", "Poste accepté", application),
                    tuple("INTERVIEW_CONFIRMED", "Entretien confirmé", application),
                    tuple("APPLICATION_RECEIVED", "Nouvelle candidature", waitingApplication),
                    tuple("APPLICATION_RECEIVED", "Nouvelle candidature", application),
                    tuple("MEMBER_JOINED", "Nouveau membre", company),
                    tuple("MEMBER_JOINED", "Nouveau membre", company),
                    tuple("COMPANY_VERIFIED", "Votre entreprise est vérifiée", company)));
            assertInbox(recruiter, List.of(
                    tuple("OFFER_ACCEPTED", "Poste accepté", application),
                    tuple("INTERVIEW_CONFIRMED", "Entretien confirmé", application),
                    tuple("APPLICATION_RECEIVED", "Nouvelle candidature", waitingApplication),
                    tuple("APPLICATION_RECEIVED", "Nouvelle candidature", application),
                    tuple("MEMBER_JOINED", "Nouveau membre", company)));
            assertInbox(tutor, List.of(
                    tuple("OFFER_ACCEPTED", "Poste accepté", application),
                    tuple("APPLICATION_RECEIVED", "Nouvelle candidature", waitingApplication),
                    tuple("APPLICATION_RECEIVED", "Nouvelle candidature", application)));
            assertThat(bodiesOf(tutor.token())).first().asString()
                    .isEqualTo("Le poste de l'offre « Mécanicien journey » de " + companyName
                            + " a été accepté : la convention de stage peut maintenant être préparée.");
            assertInbox(learner.token(), List.of(
                    tuple("OFFER_EXTENDED", companyName + " vous propose le poste", application),
                    tuple("INTERVIEW_PROPOSED", "Entretien proposé par " + companyName, application),
                    tuple("APPLICATION_SHORTLISTED", "Candidature retenue chez " + companyName, application)));
            assertInbox(waiting.token(), List.of(
                    tuple("OFFER_FILLED", "Offre pourvue chez " + companyName, offer)));
            assertThat(bodiesOf(waiting.token())).singleElement().asString()
                    .contains(companyName, "ne prend plus de candidatures");

            assertThat(aboutJourney(api.token("school-admin-b"), application))
                    .as("the learner's school, which prepares the agreement").containsExactly("OFFER_ACCEPTED");
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

    /** The kinds of the notifications about this object, once at least one arrived. */
    private List<Object> aboutJourney(String token, String target) {
        return eventually(() -> inboxOf(token).stream().filter(n -> target.equals(n.get("targetId")))
                .map(n -> n.get("kind")).toList(), kinds -> !kinds.isEmpty());
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
