package fr.passerelle.enrollment.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.enrollment.model.Applicant;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.port.out.ContactEnrollments;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.persistence.Fixtures;
import fr.passerelle.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/** A contact's enrollments, read page after page (by creation, then id) as merges move them, in their school only. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class MongoContactEnrollmentsTest {

    @Autowired
    private Enrollments enrollments;

    @Autowired
    private ContactEnrollments contactEnrollments;

    @Autowired
    private MongoOperations mongo;

    @BeforeEach
    void empty() {
        TestDatabase.clear(mongo);
    }

    private void enroll(String id, String schoolId, String sessionId, String contactId, int minutesAfterT0) {
        enrollments.insert(Enrollment.create(id, schoolId, "programme-1", sessionId, contactId, null,
                new Applicant(ContactSituation.JOB_SEEKER, false), true, "advisor",
                Fixtures.T0.plusSeconds(60L * minutesAfterT0)), Fixtures.event());
    }

    @Test
    void a_contacts_enrollments_come_by_creation_then_id_after_a_cursor_and_never_another_schools() {
        enroll("e-3", "school-a", "session-1", "contact-1", 0);
        enroll("e-1", "school-a", "session-2", "contact-1", 5);
        enroll("e-0", "school-a", "session-5", "contact-1", 5);
        enroll("e-2", "school-a", "session-3", "contact-2", 0);
        enroll("e-4", "school-b", "session-4", "contact-1", 0);

        assertThat(contactEnrollments.findByContact("school-a", "contact-1", null, 10)).extracting(Enrollment::id)
                .containsExactly("e-3", "e-0", "e-1");
        assertThat(contactEnrollments.findByContact("school-a", "contact-1", null, 1)).extracting(Enrollment::id)
                .containsExactly("e-3");
        assertThat(contactEnrollments.findByContact("school-a", "contact-1", "e-3", 10)).extracting(Enrollment::id)
                .containsExactly("e-0", "e-1");
        assertThat(contactEnrollments.findByContact("school-a", "contact-1", "e-0", 10)).extracting(Enrollment::id)
                .containsExactly("e-1");
        assertThat(contactEnrollments.findByContact("school-b", "contact-2", null, 10)).isEmpty();
    }
}
