package fr.passerelle.api;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
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

    /** A new CRM contact of the school; its global id. */
    String contact(School school, String family) {
        return Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), CrmContactsTest.CREATE,
                Map.of("school", school.id(), "input", CrmContactsTest.person(family,
                        family.toLowerCase() + "-" + UUID.randomUUID() + "@example.test", null))))
                .read("$.data.contactCreate.contact.id");
    }

    /** A published programme of the school with one open session of {@code capacity} seats; the session's id. */
    String openSession(School school, int capacity) {
        String programme = Fixtures.assertSucceeded(api.queryWithToken(school.admin().token(),
                CatalogTest.PROGRAMME_CREATE, Map.of("school", school.id(), "input", CatalogTest.garageTeam())))
                .read("$.data.programmeCreate.programme.id");
        Fixtures.assertSucceeded(api.queryWithToken(school.admin().token(), CatalogTest.PROGRAMME_PUBLISH,
                Map.of("id", programme)));
        String session = Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(),
                CatalogTest.SESSION_CREATE, Map.of("programme", programme, "input",
                        CatalogTest.sessionInput(capacity, List.of(school.trainer().subject())))))
                .read("$.data.sessionCreate.session.id");
        Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), CatalogTest.SESSION_OPEN,
                Map.of("id", session)));
        return session;
    }

    /** {@code enrollmentCreate} as the token's holder, for a job seeker; the reply. */
    GraphQlHttp.Reply create(String token, String session, String contact) {
        return api.queryWithToken(token, CREATE, Map.of("input", Map.of("sessionId", session, "contactId", contact,
                "situation", "JOB_SEEKER")));
    }

    /** A created enrollment's global id. */
    String enrolled(School school, String session, String contact) {
        return Fixtures.assertSucceeded(create(school.admissions().token(), session, contact))
                .read("$.data.enrollmentCreate.enrollment.id");
    }
}
