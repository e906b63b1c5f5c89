package fr.passerelle.enrollment.service;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.port.out.ContactEnrollments;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.service.VersionedChange;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Who completes an enrollment as the learner follows its contact's platform account: a lead usually signs up (and
 * their contact is linked, {@code contact.linked}) after staff enrolled them, a merge may give the survivor the merged
 * contact's account ({@code contact.merged}, back on {@code contact.unmerged}), and a merge files the enrollment on
 * another contact ({@code enrollment.contactMoved}). Each time the enrollment's
 * {@link Enrollment#learnerSubject()} is read again from its contact ({@code enrollment.learnerAccountChanged} when it
 * changes); reading the contact's current link, never the event's, makes redelivered or reordered events converge.
 */
public class EnrollmentLearnerAccounts implements EventSubscriber {

    /** On the contact whose platform link may have changed: linked, or a survivor taking (or giving back) a link. */
    private static final Set<String> CONTACT_CHANGES = Set.of(ContactEvents.LINKED, ContactEvents.MERGED,
            ContactEvents.UNMERGED);

    private final ContactEnrollments contactEnrollments;
    private final Enrollments enrollments;
    private final Contacts contacts;
    private final EventFactory events;
    private final Clock clock;

    public EnrollmentLearnerAccounts(ContactEnrollments contactEnrollments, Enrollments enrollments,
                                     Contacts contacts, EventFactory events, Clock clock) {
        this.contactEnrollments = contactEnrollments;
        this.enrollments = enrollments;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "enrollment-learner-accounts";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return CONTACT_CHANGES.contains(event.type()) || event.type().equals(EnrollmentEvents.ENROLLMENT_CONTACT_MOVED);
    }

    @Override
    public void on(DomainEvent event) {
        if (event.type().equals(EnrollmentEvents.ENROLLMENT_CONTACT_MOVED)) {
            follow(event.aggregateId());
            return;
        }
        String schoolId = event.attributes().get(ContactEvents.SCHOOL_ID);
        String after = null;
        List<Enrollment> batch;
        do {
            batch = contactEnrollments.findByContact(schoolId, event.aggregateId(), after,
                    EnrollmentMergeFollower.BATCH);
            batch.forEach(enrollment -> follow(enrollment.id()));
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
        } while (batch.size() == EnrollmentMergeFollower.BATCH);
    }

    private void follow(String enrollmentId) {
        new VersionedChange<>(() -> enrollments.findById(enrollmentId).orElseThrow(), Enrollment::version,
                (before, after) -> enrollments.update(after, events.changed(
                        EnrollmentEvents.ENROLLMENT_LEARNER_ACCOUNT_CHANGED, Initiator.system(), before, after,
                        EnrollmentService.attributes(after))))
                .apply(null, enrollment -> enrollment.withLearnerSubject(subjectOf(enrollment), clock.instant()));
    }

    /** The account the enrollment's contact is linked to now; none once the contact is erased or of another school. */
    private String subjectOf(Enrollment enrollment) {
        return contacts.findById(enrollment.contactId()).filter(c -> c.schoolId().equals(enrollment.schoolId()))
                .map(Contact::details).map(details -> details.links().platformSubject()).orElse(null);
    }
}
