package fr.passerelle.enrollment.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDetails;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.ContactLinks;
import fr.passerelle.crm.model.ContactRole;
import fr.passerelle.crm.model.ContactSource;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryContacts;
import fr.passerelle.testing.InMemoryEnrollments;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The learner of an enrollment is whoever its contact's platform account is now, not when it was created. */
class EnrollmentLearnerAccountsTest {

    private static final String SCHOOL = EnrollmentJourneyTest.SCHOOL;

    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final EnrollmentLearnerAccounts subscriber = new EnrollmentLearnerAccounts(enrollments, enrollments,
            contacts, Fixtures.events(), Fixtures.CLOCK);

    private void contact(String id, String subject) {
        contacts.seed(Contact.create(id, SCHOOL, new ContactDetails("Léa", "Martin", null, "+33612345678", null, null,
                null, ContactSource.OTHER, null, new ContactLinks(null, null, subject, null)),
                Set.of(ContactRole.PROSPECT), null, Set.of(), "advisor-1", Fixtures.NOW));
    }

    private static DomainEvent event(String type, String aggregateId) {
        return new DomainEvent("event-" + type, type, "Contact", aggregateId, 2, Initiator.system(), Fixtures.NOW,
                List.of(), Map.of(ContactEvents.SCHOOL_ID, SCHOOL, ContactEvents.CONTACT_ID, aggregateId));
    }

    private String subjectOf(String enrollmentId) {
        return enrollments.findById(enrollmentId).orElseThrow().learnerSubject();
    }

    @Test
    void anAccountLinkedAfterTheEnrollmentWasCreatedThenSeesIt() {
        contact("contact-1", null);
        enrollments.seed(EnrollmentJourneyTest.enrollment("enrollment-a", "contact-1"));
        contact("contact-1", "subject-lea"); // she signed up: the contact is linked to her account

        subscriber.on(event(ContactEvents.LINKED, "contact-1"));
        subscriber.on(event(ContactEvents.LINKED, "contact-1")); // redelivered: nothing more

        assertThat(subjectOf("enrollment-a")).isEqualTo("subject-lea");
        assertThat(enrollments.ofLearner("subject-lea", Paging.first(10, null)).items()).extracting(Enrollment::id)
                .containsExactly("enrollment-a");
        assertThat(enrollments.eventTypes()).containsExactly(EnrollmentEvents.ENROLLMENT_LEARNER_ACCOUNT_CHANGED);
    }

    @Test
    void aMovedEnrollmentTakesItsNewContactsAccountAndTheOldAccountLosesIt() {
        contact("contact-1", "subject-lea");
        contact("contact-2", "subject-old");
        enrollments.seed(EnrollmentJourneyTest.enrollment("enrollment-a", "contact-1").withLearnerSubject(
                "subject-old", Fixtures.NOW));

        subscriber.on(event(EnrollmentEvents.ENROLLMENT_CONTACT_MOVED, "enrollment-a"));

        assertThat(subjectOf("enrollment-a")).isEqualTo("subject-lea");
        assertThat(enrollments.ofLearner("subject-old", Paging.first(10, null)).items()).isEmpty();
    }

    @Test
    void aSurvivorTakingTheMergedContactsAccountGivesItToItsOwnEnrollments() {
        contact("contact-1", null);
        enrollments.seed(EnrollmentJourneyTest.enrollment("enrollment-own", "contact-1"));
        contact("contact-1", "subject-lea"); // the merge kept the merged contact's link

        subscriber.on(event(ContactEvents.MERGED, "contact-1"));

        assertThat(subjectOf("enrollment-own")).isEqualTo("subject-lea");
    }

    @Test
    void anErasedContactLeavesTheEnrollmentWithoutLearnerAccount() {
        enrollments.seed(EnrollmentJourneyTest.enrollment("enrollment-a", "contact-gone").withLearnerSubject(
                "subject-lea", Fixtures.NOW));

        subscriber.on(event(EnrollmentEvents.ENROLLMENT_CONTACT_MOVED, "enrollment-a"));

        assertThat(subjectOf("enrollment-a")).isNull();
    }
}
