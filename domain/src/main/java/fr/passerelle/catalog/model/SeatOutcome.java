package fr.passerelle.catalog.model;

/**
 * What a reservation got: a seat, or a place on the waiting list.
 *
 * @param position 1-based: the seat's place in reservation order, or the place on the waiting list (1 is next)
 */
public record SeatOutcome(Kind kind, int position, Seat seat) {

    public enum Kind { SEATED, WAITLISTED }
}
