package fr.passerelle.catalog.model;

/**
 * What a reservation got: a seat, or a place on the waiting list ({@code position} 1 is next).
 *
 * @param position 0 when seated
 */
public record SeatOutcome(Kind kind, int position, Seat seat) {

    public enum Kind { SEATED, WAITLISTED }
}
