package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A school's catalogue over GraphQL and its public page: the admin writes and publishes programmes (publication
 * refused with every missing field), admissions plan sessions and reserve seats atomically with a waiting list,
 * trainers see their sessions' people, finance the counts; another school sees nothing, and its objects look exactly
 * like missing ones; a page of programmes with their sessions costs one read of sessions; anyone reads the published catalogue without a token, with seat bands and no one's name.
 */
class CatalogTest extends ApiTest {

    static final String PROGRAMME_CREATE = """
            mutation($school: ID!, $input: ProgrammeInput!) { programmeCreate(schoolId: $school, input: $input) {
              userErrors { field code } programme { id state version missingForPublication } } }""";
    static final String PROGRAMME_UPDATE = """
            mutation($id: ID!, $input: ProgrammeInput!, $version: Int) {
              programmeUpdate(id: $id, input: $input, expectedVersion: $version) {
                userErrors { field code } programme { id version missingForPublication } } }""";
    static final String PROGRAMME_PUBLISH = """
            mutation($id: ID!) { programmePublish(id: $id) { userErrors { field code message }
              programme { id state publishedAt price { amount { amount formatted } basis groupSize } } } }""";
    static final String SESSION_CREATE = """
            mutation($programme: ID!, $input: SessionInput!) { sessionCreate(programmeId: $programme, input: $input) {
              userErrors { field code } session { id status version capacity programme { id title } } } }""";
    static final String SESSION_OPEN = """
            mutation($id: ID!) { sessionOpen(id: $id) { userErrors { field code } session { id status } } }""";
    static final String RESERVE = """
            mutation($session: ID!, $contact: ID!) { sessionSeatReserve(sessionId: $session, contactId: $contact) {
              userErrors { field code } reservation position } }""";
    static final String RELEASE = """
            mutation($session: ID!, $contact: ID!) { sessionSeatRelease(sessionId: $session, contactId: $contact) {
              userErrors { field code } released } }""";
    static final String SESSION = """
            query($id: ID!) { node(id: $id) { ... on Session { id status seatsTaken seatsLeft waitlistLength
              seats { contactId name position } waitlist { contactId name position }
              halfDays(from: "2026-05-11", to: "2026-05-17") { date half start } } } }""";
    static final String NOTICES = """
            { viewer { notifications(first: 20) { edges { node { kind targetId title body } } } } }""";
    static final String PROGRAMMES = """
            query($school: ID!) { node(id: $school) { ... on School { programmes(first: 10) {
              edges { node { id title state sessions(first: 10) { edges { node { id seatsTaken } } } } } } } } }""";

    private School school;
    private String contact1;
    private String contact2;
    private String contact3;

    record School(String id, Newcomers.Person admin, Newcomers.Person admissions, Newcomers.Person finance,
                  Newcomers.Person trainer) {

        String localId() {
            return new String(java.util.Base64.getUrlDecoder().decode(id)).substring("School:".length());
        }
    }

    @BeforeEach
    void school() {
        String id = given.newSchool("Catalog " + UUID.randomUUID());
        school = new School(id, member(id, "SCHOOL_ADMIN"), member(id, "ADMISSIONS"), member(id, "FINANCE"),
                member(id, "TRAINER"));
        contact1 = contact("Alpha");
        contact2 = contact("Bravo");
        contact3 = contact("Charlie");
    }

    private Newcomers.Person member(String schoolId, String role) {
        var person = people.newcomer();
        String membership = given.inviteToSchool("platform-admin", schoolId, person.email(), role);
        Fixtures.assertSucceeded(api.queryWithToken(person.token(), Fixtures.ACCEPT, Map.of("id", membership)));
        return person;
    }

    private String contact(String family) {
        return Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), CrmContactsTest.CREATE,
                Map.of("school", school.id(), "input", CrmContactsTest.person(family,
                        family.toLowerCase() + "-" + UUID.randomUUID() + "@example.test", null))))
                .read("$.data.contactCreate.contact.id");
    }

    /** MécaFormation's garage team coaching, complete. */
    static Map<String, Object> garageTeam() {
        Map<String, Object> input = new HashMap<>();
        input.put("title", "Coaching équipe garage");
        input.put("objectives", "Organiser l'atelier et fiabiliser les diagnostics");
        input.put("prerequisites", "Être salarié d'un garage");
        input.put("durationHours", 35);
        input.put("modalities", List.of("BLENDED"));
        input.put("price", Map.of("amount", Map.of("amount", 149_000, "currency", "EUR"), "basis", "PER_GROUP",
                "groupSize", 8));
        input.put("accessDelayDays", 15);
        input.put("accessibility", Map.of("referentContact", "Référente handicap, handicap@ecole.example",
                "arrangements", "Atelier de plain-pied, horaires aménagés"));
        input.put("teachingMethods", "Ateliers pratiques");
        input.put("assessmentMethods", "Mise en situation");
        input.put("contact", "contact@ecole.example");
        return input;
    }

    private String publishedProgramme() {
        String programme = Fixtures.assertSucceeded(api.queryWithToken(school.admin().token(), PROGRAMME_CREATE,
                Map.of("school", school.id(), "input", garageTeam()))).read("$.data.programmeCreate.programme.id");
        Fixtures.assertSucceeded(api.queryWithToken(school.admin().token(), PROGRAMME_PUBLISH,
                Map.of("id", programme)));
        return programme;
    }

    static Map<String, Object> sessionInput(int capacity, List<String> trainers) {
        Map<String, Object> input = new HashMap<>();
        input.put("startOn", "2026-05-11");
        input.put("endOn", "2026-06-26");
        input.put("schedule", List.of(Map.of("day", "MONDAY", "half", "MORNING", "start", "09:00", "end", "12:30"),
                Map.of("day", "THURSDAY", "half", "MORNING", "start", "09:00", "end", "12:30")));
        input.put("place", Map.of("street", "12 rue de l'Atelier", "postalCode", "69007", "city", "Lyon"));
        input.put("distance", false);
        input.put("capacity", capacity);
        input.put("trainerSubjects", trainers);
        input.put("funders", Map.of("trainingAccountActionId", "ACT-42"));
        return input;
    }

    private String openSession(String programme, int capacity) {
        String session = Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), SESSION_CREATE,
                Map.of("programme", programme, "input", sessionInput(capacity, List.of(school.trainer().subject())))))
                .read("$.data.sessionCreate.session.id");
        Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), SESSION_OPEN, Map.of("id", session)));
        return session;
    }

    private GraphQlHttp.Reply reserve(String token, String session, String contact) {
        return api.queryWithToken(token, RESERVE, Map.of("session", session, "contact", contact));
    }

    @Test
    void publishingListsEveryMissingFieldThenSucceedsOnceTheProgrammeSaysAllItMust() {
        var draft = Fixtures.assertSucceeded(api.queryWithToken(school.admin().token(), PROGRAMME_CREATE,
                Map.of("school", school.id(), "input", Map.of("title", "CAP Maintenance des véhicules",
                        "certificationCode", "RNCP37459"))));
        String programme = draft.read("$.data.programmeCreate.programme.id");
        assertThat(draft.<String>read("$.data.programmeCreate.programme.state")).isEqualTo("DRAFT");

        var refused = api.queryWithToken(school.admin().token(), PROGRAMME_PUBLISH, Map.of("id", programme));
        assertThat(refused.<List<List<String>>>read("$.data.programmePublish.userErrors[*].field")).contains(
                List.of("input", "objectives"), List.of("input", "price"), List.of("input", "accessibility",
                        "referentContact"), List.of("input", "level"), List.of("input", "competencyBlocks"));
        assertThat(refused.<List<String>>read("$.data.programmePublish.userErrors[*].code")).containsOnly("REQUIRED");
        assertThat(refused.<Object>read("$.data.programmePublish.programme")).isNull();

        Map<String, Object> complete = garageTeam();
        complete.put("title", "CAP Maintenance des véhicules");
        complete.put("certificationCode", "RNCP37459");
        complete.put("level", 3);
        complete.put("certifyingBody", "Ministère de l'Éducation nationale");
        complete.put("competencyBlocks", List.of(Map.of("code", "RNCP37459BC01", "title", "Diagnostic")));
        complete.put("price", Map.of("amount", Map.of("amount", 89_000, "currency", "EUR"), "basis",
                "PER_LEARNER"));
        var updated = Fixtures.assertSucceeded(api.queryWithToken(school.admin().token(), PROGRAMME_UPDATE,
                Map.of("id", programme, "input", complete, "version", 0)));
        assertThat(updated.<List<String>>read("$.data.programmeUpdate.programme.missingForPublication")).isEmpty();
        var published = Fixtures.assertSucceeded(api.queryWithToken(school.admin().token(), PROGRAMME_PUBLISH,
                Map.of("id", programme)));
        assertThat(published.<String>read("$.data.programmePublish.programme.state")).isEqualTo("PUBLISHED");
        assertThat(published.<Integer>read("$.data.programmePublish.programme.price.amount.amount"))
                .isEqualTo(89_000);

        complete.remove("objectives");
        var stillPublishable = api.queryWithToken(school.admin().token(), PROGRAMME_UPDATE,
                Map.of("id", programme, "input", complete));
        assertThat(stillPublishable.<List<List<String>>>read("$.data.programmeUpdate.userErrors[*].field"))
                .containsExactly(List.of("input", "objectives"));

        var badCode = api.queryWithToken(school.admin().token(), PROGRAMME_CREATE, Map.of("school", school.id(),
                "input", Map.of("title", "x", "certificationCode", "RNCP-12")));
        assertThat(badCode.<List<List<String>>>read("$.data.programmeCreate.userErrors[*].field"))
                .containsExactly(List.of("input", "certificationCode"));
        var byAdmissions = api.queryWithToken(school.admissions().token(), PROGRAMME_CREATE,
                Map.of("school", school.id(), "input", garageTeam()));
        assertThat(byAdmissions.errorClassification()).isEqualTo("FORBIDDEN");

        Map<String, Object> notATrainer = sessionInput(12, List.of(school.admissions().subject()));
        notATrainer.put("endOn", "2030-01-01");
        var refusedSession = api.queryWithToken(school.admissions().token(), SESSION_CREATE,
                Map.of("programme", programme, "input", notATrainer));
        assertThat(refusedSession.<List<List<String>>>read("$.data.sessionCreate.userErrors[*].field"))
                .containsExactly(List.of("input", "endOn"));
        notATrainer.put("endOn", "2026-06-26");
        var refusedTrainer = api.queryWithToken(school.admissions().token(), SESSION_CREATE,
                Map.of("programme", programme, "input", notATrainer));
        assertThat(refusedTrainer.<List<List<String>>>read("$.data.sessionCreate.userErrors[*].field"))
                .containsExactly(List.of("input", "trainerSubjects", "0"));
    }

    @Test
    void seatsFillThenTheWaitingListAndAReleasePromotesTheFirstPersonWaiting() {
        String session = openSession(publishedProgramme(), 2);

        var first = reserve(school.admissions().token(), session, contact1);
        assertThat(first.<String>read("$.data.sessionSeatReserve.reservation")).isEqualTo("SEATED");
        reserve(school.admissions().token(), session, contact2);
        var third = reserve(school.admin().token(), session, contact3);
        assertThat(third.<String>read("$.data.sessionSeatReserve.reservation")).isEqualTo("WAITLISTED");
        assertThat(third.<Integer>read("$.data.sessionSeatReserve.position")).isEqualTo(1);
        var again = reserve(school.admissions().token(), session, contact3);
        assertThat(again.<Integer>read("$.data.sessionSeatReserve.position")).isEqualTo(1);

        var seen = api.queryWithToken(school.admissions().token(), SESSION, Map.of("id", session));
        assertThat(seen.<String>read("$.data.node.status")).isEqualTo("FULL");
        assertThat(seen.<List<String>>read("$.data.node.seats[*].name")).containsExactly("Léa Alpha", "Léa Bravo");
        assertThat(seen.<List<String>>read("$.data.node.waitlist[*].contactId")).containsExactly(contact3);
        // Ascension Day (Thursday 14 May 2026) is left out of the half-days the session meets.
        assertThat(seen.<List<String>>read("$.data.node.halfDays[*].date")).containsExactly("2026-05-11");
        var byTrainer = api.queryWithToken(school.trainer().token(), SESSION, Map.of("id", session));
        assertThat(byTrainer.<List<String>>read("$.data.node.seats[*].name")).hasSize(2);
        var byFinance = api.queryWithToken(school.finance().token(), SESSION, Map.of("id", session));
        assertThat(byFinance.<Integer>read("$.data.node.seatsTaken")).isEqualTo(2);
        assertThat(byFinance.<List<Object>>read("$.data.node.seats")).isEmpty();
        assertThat(byFinance.<List<Object>>read("$.data.node.waitlist")).isEmpty();

        Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), RELEASE,
                Map.of("session", session, "contact", contact1)));
        var after = api.queryWithToken(school.admissions().token(), SESSION, Map.of("id", session));
        assertThat(after.<List<String>>read("$.data.node.seats[*].contactId")).containsExactly(contact2, contact3);
        assertThat(after.<Integer>read("$.data.node.waitlistLength")).isZero();
        var byFinanceReserve = reserve(school.finance().token(), session, contact1);
        assertThat(byFinanceReserve.errorClassification()).isEqualTo("FORBIDDEN");

        Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(),
                "mutation($id: ID!) { sessionCancel(id: $id) { userErrors { field } session { status } } }",
                Map.of("id", session)));
        Fixtures.eventually(() -> api.queryWithToken(school.admissions().token(), NOTICES, Map.of()),
                reply -> reply.<List<String>>read("$.data.viewer.notifications.edges[*].node.kind")
                        .containsAll(List.of("SESSION_WAITLIST_PROMOTED", "SESSION_CANCELLED")));
        var notices = api.queryWithToken(school.admissions().token(), NOTICES, Map.of());
        assertThat(notices.<List<String>>read(
                "$.data.viewer.notifications.edges[?(@.node.kind =~ /SESSION_.*/)].node.targetId"))
                .containsExactly(session, session);
        assertThat(notices.body()).doesNotContain("Alpha", "Charlie");
    }

    static final String RESERVE_AT = """
            mutation($session: ID!, $contact: ID!, $version: Int) {
              sessionSeatReserve(sessionId: $session, contactId: $contact, expectedVersion: $version) {
                userErrors { field code } reservation position session { id version } } }""";
    static final String RELEASE_AT = """
            mutation($session: ID!, $contact: ID!, $version: Int) {
              sessionSeatRelease(sessionId: $session, contactId: $contact, expectedVersion: $version) {
                userErrors { field code } released session { id version } } }""";

    @Test
    void seatChangesRetriedWithTheirVersionAnswerWhatExistsAndALargerCapacityPromotesEveryoneItSeats() {
        String programme = publishedProgramme();
        String session = openSession(programme, 1);
        String token = school.admissions().token();
        int opened = api.queryWithToken(token, "query($id: ID!) { node(id: $id) { ... on Session { version } } }",
                Map.of("id", session)).<Integer>read("$.data.node.version");

        var reserved = Fixtures.assertSucceeded(api.queryWithToken(token, RESERVE_AT,
                Map.of("session", session, "contact", contact1, "version", opened)));
        assertThat(reserved.<Integer>read("$.data.sessionSeatReserve.session.version")).isEqualTo(opened + 1);
        // The first answer was lost: the same request again answers the seat, not STALE_VERSION.
        var retried = Fixtures.assertSucceeded(api.queryWithToken(token, RESERVE_AT,
                Map.of("session", session, "contact", contact1, "version", opened)));
        assertThat(retried.<String>read("$.data.sessionSeatReserve.reservation")).isEqualTo("SEATED");
        assertThat(retried.<Integer>read("$.data.sessionSeatReserve.session.version")).isEqualTo(opened + 1);

        reserve(token, session, contact2);
        reserve(token, session, contact3);
        Fixtures.assertSucceeded(api.queryWithToken(token, """
                mutation($id: ID!, $input: SessionInput!) { sessionUpdate(id: $id, input: $input) {
                  userErrors { field code } session { id } } }""", Map.of("id", session,
                "input", sessionInput(3, List.of(school.trainer().subject())))));
        var seated = api.queryWithToken(token, SESSION, Map.of("id", session));
        assertThat(seated.<List<String>>read("$.data.node.seats[*].contactId"))
                .containsExactly(contact1, contact2, contact3);
        Fixtures.eventually(() -> api.queryWithToken(token, NOTICES, Map.of()),
                reply -> reply.<List<String>>read("$.data.viewer.notifications.edges[*].node.kind")
                        .contains("SESSION_WAITLIST_PROMOTED"));

        int current = api.queryWithToken(token, "query($id: ID!) { node(id: $id) { ... on Session { version } } }",
                Map.of("id", session)).<Integer>read("$.data.node.version");
        var released = Fixtures.assertSucceeded(api.queryWithToken(token, RELEASE_AT,
                Map.of("session", session, "contact", contact1, "version", current)));
        assertThat(released.<Boolean>read("$.data.sessionSeatRelease.released")).isTrue();
        assertThat(released.<Integer>read("$.data.sessionSeatRelease.session.version")).isEqualTo(current + 1);
        var releasedAgain = Fixtures.assertSucceeded(api.queryWithToken(token, RELEASE_AT,
                Map.of("session", session, "contact", contact1, "version", current)));
        assertThat(releasedAgain.<Boolean>read("$.data.sessionSeatRelease.released")).isFalse();

        // Archiving the programme stops its still-open session taking anyone.
        Fixtures.assertSucceeded(api.queryWithToken(school.admin().token(),
                "mutation($id: ID!) { programmeArchive(id: $id) { userErrors { field code } } }",
                Map.of("id", programme)));
        var afterArchive = reserve(token, session, contact1);
        assertThat(afterArchive.<List<List<String>>>read("$.data.sessionSeatReserve.userErrors[*].field"))
                .containsExactly(List.of("sessionId"));
        assertThat(afterArchive.<List<String>>read("$.data.sessionSeatReserve.userErrors[*].code"))
                .containsExactly("INVALID_STATE");
    }

    @Test
    void anotherSchoolSeesNothingAndItsObjectsLookLikeMissingOnes() {
        String programme = publishedProgramme();
        String session = openSession(programme, 5);
        String missing = globalId("Session", "no-such-session");

        for (String id : List.of(session, programme, missing)) {
            var read = api.query("school-admin-b", "query($id: ID!) { node(id: $id) { id } }", Map.of("id", id));
            assertThat(read.<Object>read("$.data.node")).isNull();
        }
        var theirs = api.query("school-admin-b", RESERVE, Map.of("session", session, "contact", contact1));
        var none = api.query("school-admin-b", RESERVE, Map.of("session", missing, "contact", contact1));
        assertThat(theirs.errorClassification()).isEqualTo("NOT_FOUND").isEqualTo(none.errorClassification());
        assertThat(theirs.errorMessage().replace(session, "ID")).isEqualTo(none.errorMessage().replace(missing,
                "ID"));
        var list = api.query("school-admin-b", PROGRAMMES, Map.of("school", school.id()));
        assertThat(list.<Object>find("$.data.node.programmes.edges[0]")).isNull();
        var ownList = api.queryWithToken(school.finance().token(), PROGRAMMES, Map.of("school", school.id()));
        assertThat(ownList.<List<String>>read("$.data.node.programmes.edges[*].node.id")).containsExactly(programme);
    }

    @Test
    void aPageOfProgrammesWithTheirSessionsCostsOneReadOfSessions() {
        List<String> programmes = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Map<String, Object> input = garageTeam();
            input.put("title", "Programme " + i);
            String programme = Fixtures.assertSucceeded(api.queryWithToken(school.admin().token(), PROGRAMME_CREATE,
                    Map.of("school", school.id(), "input", input))).read("$.data.programmeCreate.programme.id");
            programmes.add(programme);
            for (int s = 0; s < i; s++) {
                Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), SESSION_CREATE,
                        Map.of("programme", programme, "input", sessionInput(5, List.of()))));
            }
        }
        List<String> localIds = programmes.stream().map(id -> new String(java.util.Base64.getUrlDecoder()
                .decode(id)).substring("Programme:".length())).toList();
        String firstTwo = """
                query($school: ID!) { node(id: $school) { ... on School { programmes(first: 10) { edges { node {
                  id sessions(first: 2) { pageInfo { hasNextPage } edges { node { id } } } } } } } } }""";
        List<GraphQlHttp.Reply> replies = new ArrayList<>();

        MongoCommands.Recorded sent = mongoCommands.during(() -> replies.add(
                api.queryWithToken(school.finance().token(), firstTwo, Map.of("school", school.id()))));

        var listed = Fixtures.assertSucceeded(replies.get(0));
        assertThat(listed.<List<String>>read("$.data.node.programmes.edges[*].node.id"))
                .containsExactlyElementsOf(programmes);
        assertThat(sent.on("catalogSessions", localIds)).as("sent: %s", sent).containsExactly("aggregate");
        for (int i = 0; i < 3; i++) {
            String sessions = "$.data.node.programmes.edges[" + i + "].node.sessions.";
            assertThat(listed.<List<String>>read(sessions + "edges[*].node.id")).hasSize(Math.min(i + 1, 2));
            assertThat(listed.<Boolean>read(sessions + "pageInfo.hasNextPage")).isEqualTo(i == 2);
        }
        // Another school's staff reach none of them, batched or not.
        var theirs = api.query("school-admin-b", firstTwo, Map.of("school", school.id()));
        assertThat(theirs.<Object>find("$.data.node.programmes.edges[0]")).isNull();
    }

    @Test
    void fiftySimultaneousReservationsFillExactlyTwelveSeatsAndWaitListThirtyEightInOrder() throws Exception {
        String session = openSession(publishedProgramme(), 12);
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            contacts.add(contact("Rush" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<GraphQlHttp.Reply>> replies = new ArrayList<>();
            for (String contact : contacts) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return reserve(school.admissions().token(), session, contact);
                }));
            }
            start.countDown();
            Map<String, Integer> waiting = new HashMap<>();
            int seated = 0;
            for (int i = 0; i < replies.size(); i++) {
                var reply = Fixtures.assertSucceeded(replies.get(i).get());
                if (reply.<String>read("$.data.sessionSeatReserve.reservation").equals("SEATED")) {
                    seated++;
                } else {
                    waiting.put(contacts.get(i), reply.read("$.data.sessionSeatReserve.position"));
                }
            }
            assertThat(seated).isEqualTo(12);
            assertThat(waiting).hasSize(38);
            var stored = api.queryWithToken(school.admissions().token(), SESSION, Map.of("id", session));
            assertThat(stored.<Integer>read("$.data.node.seatsTaken")).isEqualTo(12);
            List<String> order = stored.read("$.data.node.waitlist[*].contactId");
            assertThat(order).hasSize(38);
            for (int i = 0; i < order.size(); i++) {
                assertThat(waiting.get(order.get(i))).as("the answer given to the %d-th waiting", i + 1)
                        .isEqualTo(i + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anyoneReadsThePublishedCatalogueWithoutATokenAndCachesIt() {
        String programme = publishedProgramme();
        String session = openSession(programme, 4);
        reserve(school.admissions().token(), session, contact1);
        Fixtures.assertSucceeded(api.queryWithToken(school.admin().token(), PROGRAMME_CREATE,
                Map.of("school", school.id(), "input", Map.of("title", "Brouillon"))));

        var page = api.get("/catalog/" + school.localId(), Map.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.<List<String>>read("$.programmes[*].title")).containsExactly("Coaching équipe garage");
        assertThat(page.<List<String>>read("$.programmes[0].openSessions[*].seats")).containsExactly("FEW");
        assertThat(page.<String>read("$.programmes[0].openSessions[0].city")).isEqualTo("Lyon");
        assertThat(page.body()).doesNotContain(school.trainer().subject(), "Alpha", "contact:", "12 rue");
        assertThat(page.headers().get("cache-control").get(0)).contains("public", "max-age=300");

        String etag = page.headers().get("etag").get(0);
        assertThat(api.get("/catalog/" + school.localId(), Map.of("If-None-Match", etag)).status()).isEqualTo(304);
        assertThat(api.get("/catalog/no-such-school", Map.of()).status()).isEqualTo(404);
        assertThat(api.get("/catalog/" + school.localId() + "?first=50", Map.of()).status()).isEqualTo(200);
        assertThat(api.get("/catalog/" + school.localId() + "?first=51", Map.of()).status()).isEqualTo(400);
    }

    @Test
    void mecaFormationsDemoCatalogueShowsItsProgrammesFromTheProductDocuments() {
        var page = api.get("/catalog/demo-school-mecaformation-lyon", Map.of());

        assertThat(page.<List<String>>read("$.programmes[*].title")).containsExactly("CAP Maintenance des véhicules",
                "Coaching primo-arrivants", "Coaching équipe garage");
        assertThat(page.<List<Integer>>read("$.programmes[*].price.amount")).containsExactly(640_000, 89_000,
                149_000);
        assertThat(page.<Integer>read("$.programmes[2].price.groupSize")).isEqualTo(8);
        assertThat(page.<List<String>>read("$.programmes[0].openSessions[*].seats")).containsExactly("FULL");
        var waiting = api.query("admissions-b", SESSION, Map.of("id", globalId("Session", "demo-session-cap-mv")));
        assertThat(waiting.<List<String>>read("$.data.node.waitlist[*].name")).containsExactly("Julie Roux");
    }
}
