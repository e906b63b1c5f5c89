package fr.passerelle.catalog.port.in;

import fr.passerelle.catalog.model.SeatOutcome;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.membership.model.Actor;

/**
 * Seats of a session, taken atomically (never more than its capacity, whatever the concurrency) with a bounded
 * waiting list. Admissions and admins reserve for a CRM contact of the school; the enrollment reserves through the
 * same use case under its own holder key. Idempotent per holder key.
 */
public interface SeatUseCases {

    /**
     * A seat, or a place at the end of the waiting list, for the holder; asking again answers what the holder already
     * has.
     *
     * @param holderKey who asks (see {@code Seat.contactHolder}); the same key twice gets the same answer, even with an
     *                  {@code expectedVersion} the session has since passed (a retried request answers what it got)
     */
    Reservation reserve(Actor actor, String sessionId, String holderKey, String contactId, Long expectedVersion);

    /**
     * Frees the holder's seat (the first waiting holder takes it) or waiting place; harmless when it has none, and then
     * not checked against {@code expectedVersion} (a retried release answers that nothing is left to free).
     */
    Release release(Actor actor, String sessionId, String holderKey, Long expectedVersion);

    /** What the holder has, and the session as stored (its version chains the next change). */
    record Reservation(SeatOutcome outcome, Session session) {
    }

    /** Whether a seat or waiting place was freed by this call, and the session as stored. */
    record Release(boolean released, Session session) {
    }
}
