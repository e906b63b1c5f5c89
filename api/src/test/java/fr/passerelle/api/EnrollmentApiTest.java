package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The enrollment's path over GraphQL: admissions enroll a contact of their school in an open session (a seat, or a
 * waiting place), a retry answers the same enrollment; staff readers see it, anyone else sees nothing.
 */
class EnrollmentApiTest extends ApiTest {

    static final String READ = """
            query($id: ID!) { enrollment(id: $id) { id state seated waitlistPosition situation minor endReason
              withdrawalEndsOn version history { from to by reason }
              session { id status } programme { id title } contact { id displayName } } }""";

    private EnrollmentFixtures enrollments;
    private EnrollmentFixtures.School school;
    private String session;

    @BeforeEach
    void school() {
        enrollments = new EnrollmentFixtures(api, given, people);
        school = enrollments.school();
        session = enrollments.openSession(school, 1);
    }

    @Test
    void admissionsEnrollAContactARetryAnswersTheSameEnrollmentAndTheSecondOneWaits() {
        String alpha = enrollments.contact(school, "Alpha");
        var created = Fixtures.assertSucceeded(enrollments.create(school.admissions().token(), session, alpha));
        String id = created.read("$.data.enrollmentCreate.enrollment.id");
        assertThat((Boolean) created.read("$.data.enrollmentCreate.enrollment.seated")).isTrue();
        assertThat((String) created.read("$.data.enrollmentCreate.enrollment.state")).isEqualTo("DRAFT");

        var again = Fixtures.assertSucceeded(enrollments.create(school.admin().token(), session, alpha));
        assertThat((String) again.read("$.data.enrollmentCreate.enrollment.id")).isEqualTo(id);

        var waiting = Fixtures.assertSucceeded(enrollments.create(school.admissions().token(), session,
                enrollments.contact(school, "Bravo")));
        assertThat((Boolean) waiting.read("$.data.enrollmentCreate.enrollment.seated")).isFalse();
        assertThat((Integer) waiting.read("$.data.enrollmentCreate.enrollment.waitlistPosition")).isEqualTo(1);

        var read = Fixtures.assertSucceeded(api.queryWithToken(school.finance().token(), READ, Map.of("id", id)));
        assertThat((String) read.read("$.data.enrollment.session.id")).isEqualTo(session);
        assertThat((String) read.read("$.data.enrollment.contact.id")).isEqualTo(alpha);
        assertThat((String) read.read("$.data.enrollment.history[0].to")).isEqualTo("DRAFT");
        assertThat((Object) read.read("$.data.enrollment.waitlistPosition")).isNull();
    }
}
