package fr.passerelle.api;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What enrollment tests start from, built over the API: a fresh school with its staff (admin, admissions, finance,
 * trainer), CRM contacts, a published programme and an open session; and enrollments created through
 * {@code enrollmentCreate}. Every part of the enrollment may use it in its e2e tests.
 */
final class EnrollmentFixtures {

    /** The training account's session id of {@link #futureSession}'s sessions: the holders' folders name it. */
    static final String TRAINING_ACCOUNT_SESSION = "ACT-42-S1";

    static final String CREATE = """
            mutation($input: EnrollmentCreateInput!) { enrollmentCreate(input: $input) {
              userErrors { field code message } enrollment { id state seated waitlistPosition version } } }""";

    /** A school's people. */
    record School(String id, Newcomers.Person admin, Newcomers.Person admissions, Newcomers.Person finance,
                  Newcomers.Person trainer) {
    }

    private final GraphQlHttp api;
    private final Fixtures given;
    private final Newcomers people;

    EnrollmentFixtures(GraphQlHttp api, Fixtures given, Newcomers people) {
        this.api = api;
        this.given = given;
        this.people = people;
    }

    /**
     * Stands in for core's transitions in the parts' tests (core is the enrollments' only writer; the gates that lead
     * there are tested elsewhere): the stored enrollment with {@code learnerSubject} as its learner and in
     * {@code state}, written with a {@code type} event carrying its ids, as core's own events do.
     */
    static Enrollment rewrite(Enrollments store, EventFactory events, String localId, String learnerSubject,
                              EnrollmentState state, String type) {
        Enrollment e = store.findById(localId).orElseThrow();
        Enrollment after = new Enrollment(e.id(), e.schoolId(), e.programmeId(), e.sessionId(), e.contactId(),
                learnerSubject, e.learnerId(), e.applicant(), e.seated(), state, e.withdrawalEndsOn(), e.endReason(),
                e.history(), e.createdBy(), e.createdAt(), e.updatedAt(), e.version());
        Map<String, String> ids = new HashMap<>(Map.of(EnrollmentEvents.SCHOOL_ID, e.schoolId(),
                EnrollmentEvents.ENROLLMENT_ID, e.id(), EnrollmentEvents.SESSION_ID, e.sessionId()));
        if (e.contactId() != null) {
            ids.put(EnrollmentEvents.CONTACT_ID, e.contactId());
        }
        store.update(after, events.changed(type, Initiator.system(), e, after, ids));
        return after;
    }

    School school() {
        String id = given.newSchool("Enrollment " + UUID.randomUUID());
        return new School(id, member(id, "SCHOOL_ADMIN"), member(id, "ADMISSIONS"), member(id, "FINANCE"),
                member(id, "TRAINER"));
    }

    Newcomers.Person member(String schoolId, String role) {
        var person = people.newcomer();
        String membership = given.inviteToSchool("platform-admin", schoolId, person.email(), role);
        Fixtures.assertSucceeded(api.queryWithToken(person.token(), Fixtures.ACCEPT, Map.of("id", membership)));
        return person;
    }

    /**
     * The lead signs up after being enrolled: admissions register them as the school's learner and they claim that
     * profile with their account, so the CRM links their contact to it and their enrollment follows (core's
     * {@code EnrollmentLearnerAccounts}), visible to them once this returns.
     */
    void linkAccount(School school, String contact, Newcomers.Person person, String enrollment) {
        registerAndClaim(school, contact, person, "Later");
        Fixtures.eventually(() -> api.queryWithToken(person.token(), EnrollmentApiTest.MINE, Map.of()),
                reply -> reply.<List<String>>read("$.data.myEnrollments.edges[*].node.id").contains(enrollment));
    }

    /** A new CRM contact of the school; its global id. */
    String contact(School school, String family) {
        return contact(school, family, family.toLowerCase() + "-" + UUID.randomUUID() + "@example.test");
    }

    /** A new CRM contact of the school reached at {@code email}; its global id. */
    String contact(School school, String family, String email) {
        return Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), CrmContactsTest.CREATE,
                Map.of("school", school.id(), "input", CrmContactsTest.person(family, email, null))))
                .read("$.data.contactCreate.contact.id");
    }

    /**
     * A lead of the school whom admissions register as the school's learner, and who then opens an account and claims
     * that profile: the CRM links the contact to their account (as for every claimed profile), so the enrollments
     * filed on it are theirs to see and complete. The contact's global id.
     */
    String learnerContact(School school, Newcomers.Person person, String family) {
        String contact = contact(school, family, person.email());
        registerAndClaim(school, contact, person, family);
        return contact;
    }

    /** Admissions register the person (the contact's e-mail) as the school's learner; the person claims the profile. */
    private void registerAndClaim(School school, String contact, Newcomers.Person person, String family) {
        Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), LearnerApiTest.REGISTER, Map.of(
                "input", Map.of("type", "JOB_SEEKER", "schoolId", school.id(), "identity", Map.of("firstName", "Léa",
                        "lastName", family, "email", person.email())))));
        Fixtures.eventually(() -> api.queryWithToken(school.admissions().token(), LINKED, Map.of("id", contact)),
                reply -> reply.find("$.data.node.learnerId") != null);
        Fixtures.assertSucceeded(api.queryWithToken(person.token(), LearnerApiTest.CLAIM, Map.of()));
        Fixtures.eventually(() -> api.queryWithToken(school.admissions().token(), LINKED, Map.of("id", contact)),
                reply -> Boolean.TRUE.equals(reply.find("$.data.node.platformUser")));
    }

    private static final String LINKED = """
            query($id: ID!) { node(id: $id) { ... on Contact { learnerId platformUser } } }""";

    /** A published programme of the school with one open session of {@code capacity} seats; the session's id. */
    String openSession(School school, int capacity) {
        return openSession(school, CatalogTest.sessionInput(capacity, List.of(school.trainer().subject())));
    }

    private String openSession(School school, Map<String, Object> sessionInput) {
        String programme = Fixtures.assertSucceeded(api.queryWithToken(school.admin().token(),
                CatalogTest.PROGRAMME_CREATE, Map.of("school", school.id(), "input", CatalogTest.garageTeam())))
                .read("$.data.programmeCreate.programme.id");
        Fixtures.assertSucceeded(api.queryWithToken(school.admin().token(), CatalogTest.PROGRAMME_PUBLISH,
                Map.of("id", programme)));
        String session = Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(),
                CatalogTest.SESSION_CREATE, Map.of("programme", programme, "input", sessionInput)))
                .read("$.data.sessionCreate.session.id");
        Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), CatalogTest.SESSION_OPEN,
                Map.of("id", session)));
        return session;
    }

    /** {@code enrollmentCreate} as the token's holder, for a job seeker; the reply. */
    GraphQlHttp.Reply create(String token, String session, String contact) {
        return create(token, session, contact, "JOB_SEEKER");
    }

    private GraphQlHttp.Reply create(String token, String session, String contact, String situation) {
        return api.queryWithToken(token, CREATE, Map.of("input", Map.of("sessionId", session, "contactId", contact,
                "situation", situation)));
    }

    /** A created enrollment's global id, for a job seeker. */
    String enrolled(School school, String session, String contact) {
        return enrolled(school, session, contact, "JOB_SEEKER");
    }

    /** A created enrollment's global id, for a person in that situation. */
    String enrolled(School school, String session, String contact, String situation) {
        return Fixtures.assertSucceeded(create(school.admissions().token(), session, contact, situation))
                .read("$.data.enrollmentCreate.enrollment.id");
    }

    /**
     * A published programme (the garage team's, 1,490.00 € for up to 8) with one open session starting in three months
     * ({@code openSession}'s dates are past: enough for seats, not for funders and payments); the session's id.
     */
    String futureSession(School school, int capacity) {
        Map<String, Object> input = new HashMap<>(CatalogTest.sessionInput(capacity,
                List.of(school.trainer().subject())));
        LocalDate start = LocalDate.now().plusMonths(3);
        input.put("startOn", start.toString());
        input.put("endOn", start.plusWeeks(6).toString());
        input.put("funders", Map.of("trainingAccountActionId", "ACT-42", "trainingAccountSessionId",
                TRAINING_ACCOUNT_SESSION));
        return openSession(school, input);
    }

    /** Uploads a dossier document over REST (multipart) as the token's holder; the reply. */
    GraphQlHttp.Reply upload(String token, String enrollmentId, String kind, byte[] file, String expiresOn) {
        String boundary = "----passerelle-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        if (expiresOn != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"expiresOn\"\r\n\r\n"
                    + expiresOn + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(HttpRequest.newBuilder(api.url("/enrollments/" + enrollmentId + "/documents/" + kind))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
