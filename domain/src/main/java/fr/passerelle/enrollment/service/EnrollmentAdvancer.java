package fr.passerelle.enrollment.service;

import fr.passerelle.catalog.model.CatalogEvents;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.service.VersionedChange;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Moves enrollments on what the other parts record, as the platform (by {@code null}): their gates are read again on
 * each of {@link EnrollmentEvents#ADVANCING} and on the enrollment's own submission (documents may have been
 * accepted before it); a waiting enrollment promoted to a seat of its session is seated; a session's start starts
 * the training of its confirmed enrollments. Idempotent: each effect is a transition the enrollment answers unchanged
 * when it already made it, so a redelivered event writes nothing.
 */
public class EnrollmentAdvancer implements EventSubscriber {

    /** Confirmed enrollments started per read when a session starts (its capacity is at most 500). */
    static final int STARTED_PER_READ = 100;

    private final Enrollments enrollments;
    private final EnrollmentGates gates;
    private final EventFactory events;
    private final Clock clock;

    public EnrollmentAdvancer(Enrollments enrollments, EnrollmentGates gates, EventFactory events, Clock clock) {
        this.enrollments = enrollments;
        this.gates = gates;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "enrollment-advancer";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return EnrollmentEvents.ADVANCING.contains(event.type())
                || event.type().equals(EnrollmentEvents.ENROLLMENT_SUBMITTED)
                || event.type().equals(CatalogEvents.WAITLIST_PROMOTED)
                || event.type().equals(CatalogEvents.SESSION_STARTED);
    }

    @Override
    public void on(DomainEvent event) {
        switch (event.type()) {
            case CatalogEvents.WAITLIST_PROMOTED -> seatPromoted(event.attribute(CatalogEvents.PROMOTED_HOLDER_KEY));
            case CatalogEvents.SESSION_STARTED -> startTrainings(event.attribute(CatalogEvents.SESSION_ID));
            default -> {
                String id = event.attribute(EnrollmentEvents.ENROLLMENT_ID);
                if (id != null && enrollments.findById(id).isPresent()) {
                    advance(id);
                }
            }
        }
    }

    /** Reads the enrollment's gates and applies every automatic move they open (nothing when none). */
    public Enrollment advance(String enrollmentId) {
        return change(enrollmentId, e -> e.advanced(gates.read(e, PlatformCalendar.today(clock)), clock.instant()),
                (before, after) -> enrollments.update(after, events.changed(typeOf(before, after),
                        Initiator.system(), before, after, EnrollmentService.attributes(after))));
    }

    /** Confirmation and signature are named (notices and webhooks wait for them); any other move is "advanced". */
    private static String typeOf(Enrollment before, Enrollment after) {
        if (after.state() == EnrollmentState.CONFIRMED) {
            return EnrollmentEvents.ENROLLMENT_CONFIRMED;
        }
        boolean signedNow = before.state().compareTo(EnrollmentState.SIGNED) < 0
                && after.state().compareTo(EnrollmentState.SIGNED) >= 0 && !after.state().isEnded();
        return signedNow ? EnrollmentEvents.ENROLLMENT_SIGNED : EnrollmentEvents.ENROLLMENT_ADVANCED;
    }

    /** The promoted keys that are enrollments' (a capacity increase may promote several at once). */
    private void seatPromoted(String promotedKeys) {
        if (promotedKeys == null) {
            return;
        }
        String prefix = Enrollment.holderKey("");
        Arrays.stream(promotedKeys.split(CatalogEvents.KEY_SEPARATOR)).filter(key -> key.startsWith(prefix))
                .map(key -> key.substring(prefix.length()))
                .filter(id -> enrollments.findById(id).filter(e -> !e.state().isEnded()).isPresent())
                .forEach(id -> change(id, e -> e.withSeat(null, clock.instant()),
                        (before, after) -> enrollments.update(after, events.changed(
                                EnrollmentEvents.ENROLLMENT_SEATED, Initiator.system(), before, after,
                                EnrollmentService.attributes(after)))));
    }

    private void startTrainings(String sessionId) {
        List<Enrollment> confirmed = enrollments.ofSessionInState(sessionId, EnrollmentState.CONFIRMED,
                STARTED_PER_READ);
        while (!confirmed.isEmpty()) {
            confirmed.forEach(e -> change(e.id(), c -> c.state() == EnrollmentState.CONFIRMED
                            ? c.trainingStarted(null, clock.instant()) : c,
                    (before, after) -> enrollments.update(after, events.changed(EnrollmentEvents.ENROLLMENT_ADVANCED,
                            Initiator.system(), before, after, EnrollmentService.attributes(after)))));
            confirmed = enrollments.ofSessionInState(sessionId, EnrollmentState.CONFIRMED, STARTED_PER_READ);
        }
    }

    private Enrollment change(String id, UnaryOperator<Enrollment> edit, BinaryOperator<Enrollment> save) {
        return new VersionedChange<>(() -> enrollments.findById(id)
                .orElseThrow(() -> new NotFoundException(EnrollmentAccess.TYPE, id)), Enrollment::version, save)
                .apply(null, edit);
    }
}
