package fr.passerelle.enrollment.service;

import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.service.MergeMove;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentStep;
import fr.passerelle.enrollment.port.out.ContactEnrollments;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.service.VersionedChange;
import java.time.Clock;
import java.util.List;

/**
 * Follows contact merges: a merged contact's enrollments are filed on the survivor, and go back when the merge is
 * undone (also after chained merges). Each move is a step of the enrollment's history (its state unchanged, reason
 * {@link Enrollment#CONTACT_MERGED} followed by the contact the enrollment was first filed on), and its
 * {@code enrollment.contactMoved} event lets the session's seat follow.
 * <p>
 * Where an enrollment belongs is always "the contact its first contact stands in now" ({@link
 * MergeMove#activeContactOf}), so redelivered or reordered events converge on the same filing; {@link MergeMove}
 * acts only on events that still stand (and retries an undo until its restore is visible).
 */
public class EnrollmentMergeFollower implements EventSubscriber {

    /** Enrollments moved per read: a person's enrollments are a handful, and a long list is several short reads. */
    static final int BATCH = 100;

    private final ContactEnrollments contactEnrollments;
    private final Enrollments enrollments;
    private final Contacts contacts;
    private final EventFactory events;
    private final Clock clock;

    public EnrollmentMergeFollower(ContactEnrollments contactEnrollments, Enrollments enrollments, Contacts contacts,
                                   EventFactory events, Clock clock) {
        this.contactEnrollments = contactEnrollments;
        this.enrollments = enrollments;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "enrollment-contact-merges";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(ContactEvents.MERGED) || event.type().equals(ContactEvents.UNMERGED);
    }

    @Override
    public void on(DomainEvent event) {
        MergeMove.of(event, contacts).ifPresent(move -> {
            String from = move.undo() ? move.survivor() : move.merged();
            String after = null;
            List<Enrollment> batch;
            do {
                batch = contactEnrollments.findByContact(move.schoolId(), from, after, BATCH);
                batch.forEach(enrollment -> follow(enrollment.id()));
                after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
            } while (batch.size() == BATCH);
        });
    }

    private void follow(String enrollmentId) {
        new VersionedChange<>(() -> enrollments.findById(enrollmentId).orElseThrow(), Enrollment::version,
                (before, after) -> enrollments.update(after, events.changed(EnrollmentEvents.ENROLLMENT_CONTACT_MOVED,
                        Initiator.system(), before, after, EnrollmentService.attributes(after))))
                .apply(null, enrollment -> {
                    String first = firstContactOf(enrollment);
                    String belongs = MergeMove.activeContactOf(contacts, enrollment.schoolId(), first);
                    return enrollment.contactMoved(belongs, first, clock.instant());
                });
    }

    /** The contact the enrollment was created for: named by its first move's step, else the one it is filed on. */
    static String firstContactOf(Enrollment enrollment) {
        return enrollment.history().stream().map(EnrollmentStep::reason)
                .filter(reason -> reason != null && reason.startsWith(Enrollment.CONTACT_MERGED)).findFirst()
                .map(reason -> reason.substring(Enrollment.CONTACT_MERGED.length())).orElse(enrollment.contactId());
    }
}
