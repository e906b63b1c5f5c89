package fr.passerelle.catalog.model;

import java.util.Objects;

/**
 * An open session as the public catalogue reads it: its details and how many seats are taken, never who holds them
 * (nor the waiting list), so a catalogue page reads counts instead of every session's holders.
 */
public record OpenSession(String id, String programmeId, SessionDetails details, int seatsTaken) {

    public OpenSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
    }

    public static OpenSession of(Session session) {
        return new OpenSession(session.id(), session.programmeId(), session.details(), session.seats().size());
    }

    /** As {@link Session#seatsLeft()}. */
    public int seatsLeft() {
        return Math.max(0, details.capacity() - seatsTaken);
    }
}
