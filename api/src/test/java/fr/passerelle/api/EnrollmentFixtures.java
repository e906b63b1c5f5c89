package fr.passerelle.api;

import fr.passerelle.crm.service.LearnerContacts;
import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.learner.model.LearnerType;
import fr.passerelle.shared.model.EmailAddress;
import java.time.Instant;
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
     * The lead signs up: the CRM links their contact to the person's account (as {@code LearnerContacts} does on
     * registration), and their enrollment follows (core's {@code EnrollmentLearnerAccounts}), visible to them once
     * this returns.
     */
    void linkAccount(LearnerContacts crm, School school, String contact, Newcomers.Person person, String enrollment) {
        crm.link(Fixtures.localIdOf(contact), Learner.register(UUID.randomUUID().toString(), person.subject(),
                new LearnerIdentity("Léa", "Later", EmailAddress.of(person.email()), null, null, null),
                LearnerType.STUDENT, ArrivalSource.SCHOOL_STAFF, new Academic(Fixtures.localIdOf(school.id()), null,
                        null, null, List.of(), List.of(), List.of()), "test", Instant.now()));
        Fixtures.eventually(() -> api.queryWithToken(person.token(), EnrollmentApiTest.MINE, Map.of()),
                reply -> reply.<List<String>>read("$.data.myEnrollments.edges[*].node.id").contains(enrollment));
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
