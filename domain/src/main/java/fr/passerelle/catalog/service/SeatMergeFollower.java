package fr.passerelle.catalog.service;

import fr.passerelle.catalog.model.CatalogEvents;
import fr.passerelle.catalog.model.Seat;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.service.MergeMove;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.service.VersionedChange;
import java.time.Clock;
import java.util.function.Function;

/**
 * Seats and waiting places follow the person through contact merges: their holder keys, order and times stay (nobody
 * gains or loses a place), their {@link Seat#contactId} changes.
 * <ul>
 *   <li>a place admissions reserved for a contact ({@code contact:<id>}) names the contact that one stands in now
 *       ({@link MergeMove#activeContactOf}), on the merge and on its undoing, whatever order they come in;</li>
 *   <li>an enrollment's place names the enrollment's contact: it follows {@code enrollment.contactMoved}, which the
 *       enrollments' own merge follower records;</li>
 *   <li>any other holder's place moves with a merge only.</li>
 * </ul>
 */
public class SeatMergeFollower implements EventSubscriber {

    /** Sessions of one person read at once: far more than anyone holds places in. */
    static final int MAX_SESSIONS = 200;
    private static final String CONTACT_HOLDER = Seat.contactHolder("");
    private static final String ENROLLMENT_HOLDER = Enrollment.holderKey("");

    private final Sessions sessions;
    private final Contacts contacts;
    private final Enrollments enrollments;
    private final EventFactory events;
    private final Clock clock;

    public SeatMergeFollower(Sessions sessions, Contacts contacts, Enrollments enrollments, EventFactory events,
                             Clock clock) {
        this.sessions = sessions;
        this.contacts = contacts;
        this.enrollments = enrollments;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "catalog-seats-contact-merges";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(ContactEvents.MERGED) || event.type().equals(ContactEvents.UNMERGED)
                || event.type().equals(EnrollmentEvents.ENROLLMENT_CONTACT_MOVED);
    }

    @Override
    public void on(DomainEvent event) {
        if (event.type().equals(EnrollmentEvents.ENROLLMENT_CONTACT_MOVED)) {
            enrollments.findById(event.aggregateId()).ifPresent(enrollment -> move(enrollment.sessionId(),
                    seat -> seat.holderKey().equals(enrollment.holderKey()) ? enrollment.contactId()
                            : seat.contactId()));
            return;
        }
        MergeMove.of(event, contacts).ifPresent(merge -> sessions.findHolding(merge.schoolId(),
                        merge.undo() ? merge.survivor() : merge.merged(), MAX_SESSIONS)
                .forEach(session -> move(session.id(), seat -> contactOf(seat, merge))));
    }

    private String contactOf(Seat seat, MergeMove merge) {
        if (seat.holderKey().startsWith(CONTACT_HOLDER)) {
            return MergeMove.activeContactOf(contacts, merge.schoolId(),
                    seat.holderKey().substring(CONTACT_HOLDER.length()));
        }
        boolean ownMove = seat.holderKey().startsWith(ENROLLMENT_HOLDER);
        return !ownMove && !merge.undo() && seat.contactId().equals(merge.merged()) ? merge.survivor()
                : seat.contactId();
    }

    private void move(String sessionId, Function<Seat, String> contactOf) {
        if (sessions.findById(sessionId).isEmpty()) {
            return;
        }
        new VersionedChange<>(() -> sessions.findById(sessionId).orElseThrow(), Session::version,
                (before, after) -> sessions.update(after, events.changed(CatalogEvents.SEATS_MOVED,
                        Initiator.system(), before, after, CatalogEvents.of(after))))
                .apply(null, session -> session.withSeatContacts(contactOf, clock.instant()));
    }
}
