package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.enrollment.model.Applicant;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.shared.event.Initiator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The enrollment's path over GraphQL: admissions enroll a contact of their school in an open session (a seat, or a
 * waiting place), a retry answers the same enrollment, the dossier is submitted, a cancellation frees the seat for
 * the first one waiting (seated by the advancer); staff readers and the learner see it, anyone else sees nothing and
 * its enrollments look exactly like missing ones; 50 simultaneous enrollments fill exactly 12 seats.
 */
class EnrollmentApiTest extends ApiTest {

    static final String READ = """
            query($id: ID!) { enrollment(id: $id) { id state seated waitlistPosition situation minor endReason
              withdrawalEndsOn version history { from to by reason }
              session { id status } programme { id title } contact { id displayName } } }""";
    static final String SUBMIT = """
            mutation($id: ID!, $version: Int) { enrollmentSubmit(id: $id, expectedVersion: $version) {
              userErrors { field code } enrollment { id state version } } }""";
    static final String CANCEL = """
            mutation($id: ID!, $reason: EnrollmentEndReason!) { enrollmentCancel(id: $id, reason: $reason) {
              userErrors { field code } enrollment { id state seated endReason } } }""";
    static final String WITHDRAW = """
            mutation($id: ID!) { enrollmentWithdraw(id: $id) { userErrors { field code } enrollment { id state } } }""";
    static final String START = """
            mutation($id: ID!) { enrollmentStartTraining(id: $id) { userErrors { field code message }
              enrollment { id state } } }""";
    static final String LIST = """
            query($school: ID!, $state: EnrollmentState, $session: ID) {
              enrollments(schoolId: $school, state: $state, sessionId: $session, first: 100) {
                edges { node { id state seated waitlistPosition } } pageInfo { hasNextPage } } }""";
    static final String MINE = """
            { myEnrollments(first: 10) { edges { node { id state session { id } contact { id } } } } }""";
    static final String SEEN = """
            query($id: ID!) { enrollment(id: $id) { history { to by } session { trainerSubjects
              funders { trainingAccountActionId } } } }""";
    static final String NOTICES = """
            { viewer { notifications(first: 20) { edges { node { kind targetId } } } } }""";
    static final String SESSION_ENROLLMENTS = """
            query($id: ID!) { node(id: $id) { ... on Session { enrollments(first: 50) { edges { node { id } } } } } }""";

    @Autowired
    private Enrollments stored;

    private EnrollmentFixtures enrollments;
    private EnrollmentFixtures.School school;

    @BeforeEach
    void school() {
        enrollments = new EnrollmentFixtures(api, given, people);
        school = enrollments.school();
    }

    @Test
    void admissionsEnrollARetryAnswersTheSameEnrollmentTheSecondWaitsAndACancellationSeatsIt() {
        String session = enrollments.openSession(school, 1);
        String alpha = enrollments.contact(school, "Alpha");
        var created = Fixtures.assertSucceeded(enrollments.create(school.admissions().token(), session, alpha));
        String id = created.read("$.data.enrollmentCreate.enrollment.id");
        assertThat(created.<Boolean>read("$.data.enrollmentCreate.enrollment.seated")).isTrue();
        assertThat(created.<String>read("$.data.enrollmentCreate.enrollment.state")).isEqualTo("DRAFT");

        var again = Fixtures.assertSucceeded(enrollments.create(school.admin().token(), session, alpha));
        assertThat(again.<String>read("$.data.enrollmentCreate.enrollment.id")).isEqualTo(id);

        var waiting = Fixtures.assertSucceeded(enrollments.create(school.admissions().token(), session,
                enrollments.contact(school, "Bravo")));
        String second = waiting.read("$.data.enrollmentCreate.enrollment.id");
        assertThat(waiting.<Boolean>read("$.data.enrollmentCreate.enrollment.seated")).isFalse();
        assertThat(waiting.<Integer>read("$.data.enrollmentCreate.enrollment.waitlistPosition")).isEqualTo(1);

        var read = Fixtures.assertSucceeded(api.queryWithToken(school.finance().token(), READ, Map.of("id", id)));
        assertThat(read.<String>read("$.data.enrollment.session.id")).isEqualTo(session);
        assertThat(read.<String>read("$.data.enrollment.contact.id")).isEqualTo(alpha);
        assertThat(read.<String>read("$.data.enrollment.history[0].to")).isEqualTo("DRAFT");
        assertThat(read.<Object>read("$.data.enrollment.waitlistPosition")).isNull();

        var submitted = Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), SUBMIT,
                Map.of("id", id, "version", 0)));
        assertThat(submitted.<String>read("$.data.enrollmentSubmit.enrollment.state"))
                .isEqualTo("DOSSIER_INCOMPLETE");
        var retried = Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), SUBMIT,
                Map.of("id", id, "version", 0)));
        assertThat(retried.<Object>read("$.data.enrollmentSubmit.userErrors")).asList().isEmpty();

        var cancelled = Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), CANCEL,
                Map.of("id", id, "reason", "LEARNER_REQUEST")));
        assertThat(cancelled.<String>read("$.data.enrollmentCancel.enrollment.state")).isEqualTo("CANCELLED");
        assertThat(cancelled.<String>read("$.data.enrollmentCancel.enrollment.endReason"))
                .isEqualTo("LEARNER_REQUEST");
        Fixtures.eventually(() -> api.queryWithToken(school.admissions().token(), READ, Map.of("id", second)),
                reply -> Boolean.TRUE.equals(reply.read("$.data.enrollment.seated")));

        var recreated = enrollments.create(school.admissions().token(), session, alpha);
        assertThat(recreated.<String>read("$.data.enrollmentCreate.userErrors[0].code")).isEqualTo("DUPLICATE");
        var list = Fixtures.assertSucceeded(api.queryWithToken(school.finance().token(), LIST,
                Map.of("school", school.id(), "state", "CANCELLED")));
        assertThat(list.<List<String>>read("$.data.enrollments.edges[*].node.id")).containsExactly(id);
        var ofSession = Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(),
                SESSION_ENROLLMENTS, Map.of("id", session)));
        assertThat(ofSession.<List<String>>read("$.data.node.enrollments.edges[*].node.id"))
                .containsExactly(second, id);
    }

    @Test
    void anotherSchoolATrainerAndAnotherLearnerSeeNothingAndFinanceCannotEnroll() {
        String session = enrollments.openSession(school, 3);
        String contact = enrollments.contact(school, "Alpha");
        String id = enrollments.enrolled(school, session, contact);
        String missing = globalId("Enrollment", "no-such-enrollment");
        Newcomers.Person stranger = people.newcomer();

        for (String token : List.of(api.token("school-admin-b"), school.trainer().token(), stranger.token())) {
            assertThat(api.queryWithToken(token, READ, Map.of("id", id)).<Object>read("$.data.enrollment")).isNull();
            var theirs = api.queryWithToken(token, SUBMIT, Map.of("id", id));
            var none = api.queryWithToken(token, SUBMIT, Map.of("id", missing));
            assertThat(theirs.errorClassification()).isEqualTo("NOT_FOUND").isEqualTo(none.errorClassification());
            assertThat(theirs.errorMessage().replace(id, "ID")).isEqualTo(none.errorMessage().replace(missing, "ID"));
            var list = api.queryWithToken(token, LIST, Map.of("school", school.id()));
            assertThat(list.<Object>find("$.data.enrollments.edges[0]")).isNull();
            assertThat(api.queryWithToken(token, MINE, Map.of()).<Object>find("$.data.myEnrollments.edges[0]"))
                    .isNull();
        }
        var byFinance = enrollments.create(school.finance().token(), session, enrollments.contact(school, "Bravo"));
        assertThat(byFinance.errorClassification()).isEqualTo("FORBIDDEN");
        var theirSession = enrollments.create(api.token("school-admin-b"), session, contact);
        assertThat(theirSession.errorClassification()).isEqualTo("NOT_FOUND");
    }

    @Test
    void theLearnerSeesAndSubmitsTheirOwnButMayNotCancelItNorWithdrawBeforeSigning() {
        String session = enrollments.openSession(school, 3);
        String contact = enrollments.contact(school, "Learner");
        Newcomers.Person learner = people.newcomer();
        String id = learnersOwn(session, contact, learner.subject());

        var mine = Fixtures.assertSucceeded(api.queryWithToken(learner.token(), MINE, Map.of()));
        assertThat(mine.<List<String>>read("$.data.myEnrollments.edges[*].node.id")).containsExactly(id);
        assertThat(mine.<String>read("$.data.myEnrollments.edges[0].node.session.id")).isEqualTo(session);
        assertThat(mine.<Object>read("$.data.myEnrollments.edges[0].node.contact")).as("not a CRM reader").isNull();
        Fixtures.eventually(() -> api.queryWithToken(learner.token(), NOTICES, Map.of()),
                reply -> reply.<List<String>>read("$.data.viewer.notifications.edges[*].node.kind")
                        .contains("ENROLLMENT_CREATED"));
        var submitted = Fixtures.assertSucceeded(api.queryWithToken(learner.token(), SUBMIT, Map.of("id", id)));
        assertThat(submitted.<String>read("$.data.enrollmentSubmit.enrollment.state"))
                .isEqualTo("DOSSIER_INCOMPLETE");
        Fixtures.eventually(() -> api.queryWithToken(school.admissions().token(), NOTICES, Map.of()),
                reply -> reply.<List<String>>read("$.data.viewer.notifications.edges[*].node.kind")
                        .contains("ENROLLMENT_SUBMITTED"));
        assertThat(api.queryWithToken(learner.token(), CANCEL, Map.of("id", id, "reason", "OTHER"))
                .errorClassification()).isEqualTo("FORBIDDEN");
        var early = api.queryWithToken(learner.token(), WITHDRAW, Map.of("id", id));
        assertThat(early.<String>read("$.data.enrollmentWithdraw.userErrors[0].code")).isEqualTo("INVALID_STATE");
        assertThat(api.queryWithToken(school.admissions().token(), WITHDRAW, Map.of("id", id))
                .errorClassification()).isEqualTo("FORBIDDEN");
        var notConfirmed = api.queryWithToken(school.admissions().token(), START, Map.of("id", id));
        assertThat(notConfirmed.<String>read("$.data.enrollmentStartTraining.userErrors[0].code"))
                .isEqualTo("INVALID_STATE");
    }

    @Test
    void anAccountLinkedAfterEnrollmentCreateSeesItButNeitherStaffSubjectsNorTheSessionsTrainers() {
        String session = enrollments.openSession(school, 3);
        Newcomers.Person learner = people.newcomer();
        String contact = enrollments.contact(school, "Later", learner.email());
        String id = enrollments.enrolled(school, session, contact);
        assertThat(api.queryWithToken(learner.token(), READ, Map.of("id", id)).<Object>read("$.data.enrollment"))
                .isNull();

        enrollments.linkAccount(school, contact, learner, id);

        var seen = Fixtures.assertSucceeded(api.queryWithToken(learner.token(), SEEN, Map.of("id", id)));
        assertThat(seen.<List<Object>>read("$.data.enrollment.history[*].by")).as("no staff subject")
                .containsOnlyNulls();
        assertThat(seen.<List<String>>read("$.data.enrollment.session.trainerSubjects")).isEmpty();
        assertThat(seen.<Object>read("$.data.enrollment.session.funders.trainingAccountActionId")).isNull();
        var staff = Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), SEEN, Map.of("id", id)));
        assertThat(staff.<String>read("$.data.enrollment.history[0].by")).isEqualTo(school.admissions().subject());
        assertThat(staff.<List<String>>read("$.data.enrollment.session.trainerSubjects"))
                .containsExactly(school.trainer().subject());
    }

    /** An enrollment whose contact is linked to the learner's account, stored as the service would store it. */
    private String learnersOwn(String session, String contact, String learnerSubject) {
        String sessionId = Fixtures.localIdOf(session);
        String contactId = Fixtures.localIdOf(contact);
        String schoolId = Fixtures.localIdOf(school.id());
        var sessionRead = Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(),
                "query($id: ID!) { node(id: $id) { ... on Session { programme { id } } } }", Map.of("id", session)));
        String programmeId = Fixtures.localIdOf(sessionRead.read("$.data.node.programme.id"));
        Enrollment enrollment = Enrollment.create(Enrollment.idFor(sessionId, contactId), schoolId, programmeId,
                sessionId, contactId, learnerSubject, new Applicant(ContactSituation.JOB_SEEKER, false), true,
                "test", Instant.now());
        stored.insert(enrollment, new fr.passerelle.shared.event.DomainEvent(java.util.UUID.randomUUID().toString(),
                "enrollment.created", "Enrollment", enrollment.id(), 0, Initiator.system(), Instant.now(), List.of(),
                Map.of("schoolId", schoolId, "enrollmentId", enrollment.id())));
        return globalId("Enrollment", enrollment.id());
    }

    @Test
    void fiftySimultaneousEnrollmentsFillExactlyTwelveSeatsAndWaitListThirtyEightInOrder() throws Exception {
        String session = enrollments.openSession(school, 12);
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            contacts.add(enrollments.contact(school, "Rush" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<GraphQlHttp.Reply>> replies = new ArrayList<>();
            for (String contact : contacts) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return enrollments.create(school.admissions().token(), session, contact);
                }));
            }
            start.countDown();
            Map<String, Integer> waiting = new HashMap<>();
            int seated = 0;
            for (Future<GraphQlHttp.Reply> reply : replies) {
                var answer = Fixtures.assertSucceeded(reply.get());
                assertThat(answer.<Object>read("$.data.enrollmentCreate.userErrors")).asList().isEmpty();
                if (answer.<Boolean>read("$.data.enrollmentCreate.enrollment.seated")) {
                    seated++;
                } else {
                    waiting.put(answer.read("$.data.enrollmentCreate.enrollment.id"),
                            answer.read("$.data.enrollmentCreate.enrollment.waitlistPosition"));
                }
            }
            assertThat(seated).isEqualTo(12);
            assertThat(waiting).hasSize(38);
            assertThat(waiting.values()).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, 38).boxed().toList());
            var list = Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), LIST,
                    Map.of("school", school.id(), "session", session)));
            List<Boolean> seats = list.read("$.data.enrollments.edges[*].node.seated");
            assertThat(seats).hasSize(50).filteredOn(Boolean::booleanValue).hasSize(12);
            List<String> ids = list.read("$.data.enrollments.edges[*].node.id");
            List<Integer> positions = list.read("$.data.enrollments.edges[*].node.waitlistPosition");
            for (int i = 0; i < ids.size(); i++) {
                if (waiting.containsKey(ids.get(i))) {
                    assertThat(positions.get(i)).as("the place read back is the one answered")
                            .isEqualTo(waiting.get(ids.get(i)));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void mecaFormationsDemoEnrollmentsShowADraftASubmittedDossierAndACancellation() {
        var list = Fixtures.assertSucceeded(api.query("admissions-b", LIST, Map.of("school", SCHOOL_B,
                "session", globalId("Session", "demo-session-coaching-primo"))));

        assertThat(list.<List<String>>read("$.data.enrollments.edges[*].node.state"))
                .contains("DRAFT", "DOSSIER_INCOMPLETE", "CANCELLED");
    }
}
