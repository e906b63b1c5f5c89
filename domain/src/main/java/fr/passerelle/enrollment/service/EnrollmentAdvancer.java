package fr.passerelle.enrollment.service;

import fr.passerelle.catalog.model.CatalogEvents;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEndReason;
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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Moves enrollments on what the other parts record, as the platform (by {@code null}): their gates are read again on
 * each of {@link EnrollmentEvents#ADVANCING} and on the enrollment's own submission (documents may have been
 * accepted before it); a waiting enrollment promoted to a seat of its session is seated; a session's start starts
 * the training of its confirmed enrollments, its cancellation cancels those not in training. Idempotent: each effect is a transition the enrollment answers unchanged
 * when it already made it, so a redelivered event writes nothing.
 */
public class EnrollmentAdvancer implements EventSubscriber {

    /** Enrollments moved per read when a session starts or is cancelled (its capacity is at most 500). */
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
                || event.type().equals(CatalogEvents.SESSION_STARTED)
                || event.type().equals(CatalogEvents.SESSION_CANCELLED);
    }

    @Override
    public void on(DomainEvent event) {
        switch (event.type()) {
            case CatalogEvents.WAITLIST_PROMOTED -> seatPromoted(event.attribute(CatalogEvents.PROMOTED_HOLDER_KEY));
            case CatalogEvents.SESSION_STARTED -> startTrainings(event.attribute(CatalogEvents.SESSION_ID));
            case CatalogEvents.SESSION_CANCELLED -> cancelAll(event.attribute(CatalogEvents.SESSION_ID));
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
        return advance(enrollmentId, clock.instant());
    }

    /**
     * {@link #advance(String)} as of {@code due} when that is later than now: what a stored reminder due at that
     * instant does (the job runner runs none before it is due, so in production this is now).
     */
    public Enrollment advance(String enrollmentId, Instant due) {
        Instant now = due.isAfter(clock.instant()) ? due : clock.instant();
        return change(enrollmentId, e -> e.advanced(gates.read(e, PlatformCalendar.dayOf(now)), now),
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
        moveAll(sessionId, EnrollmentState.CONFIRMED, e -> e.state() == EnrollmentState.CONFIRMED
                ? e.trainingStarted(null, clock.instant()) : e, EnrollmentEvents.ENROLLMENT_ADVANCED);
    }

    /**
     * A cancelled session cancels every enrollment not yet in training ({@code SESSION_CANCELLED}); its seats are
     * not released: the session holds nobody any more.
     */
    private void cancelAll(String sessionId) {
        for (EnrollmentState state : EnrollmentState.values()) {
            if (state.compareTo(EnrollmentState.IN_TRAINING) < 0) {
                moveAll(sessionId, state, e -> e.state().isEnded() || e.state() == EnrollmentState.IN_TRAINING ? e
                        : e.cancelled(EnrollmentEndReason.SESSION_CANCELLED, null, clock.instant()),
                        EnrollmentEvents.ENROLLMENT_CANCELLED);
            }
        }
    }

    /** Moves every enrollment of the session in {@code state}, a read at a time, until none is left in it. */
    private void moveAll(String sessionId, EnrollmentState state, UnaryOperator<Enrollment> edit, String type) {
        List<Enrollment> found = enrollments.ofSessionInState(sessionId, state, STARTED_PER_READ);
        while (!found.isEmpty()) {
            found.forEach(e -> change(e.id(), edit, (before, after) -> enrollments.update(after,
                    events.changed(type, Initiator.system(), before, after, EnrollmentService.attributes(after)))));
            found = enrollments.ofSessionInState(sessionId, state, STARTED_PER_READ);
        }
    }

    private Enrollment change(String id, UnaryOperator<Enrollment> edit, BinaryOperator<Enrollment> save) {
        return new VersionedChange<>(() -> enrollments.findById(id)
                .orElseThrow(() -> new NotFoundException(EnrollmentAccess.TYPE, id)), Enrollment::version, save)
                .apply(null, edit);
    }
}
