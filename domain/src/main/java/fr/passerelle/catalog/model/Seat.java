package fr.passerelle.catalog.model;

import java.time.Instant;

/**
 * A seat held, or a place on the waiting list, by a holder: {@code holderKey} identifies who asked (an admissions
 * reservation for a contact is {@code contact:<id>}; an enrollment uses its own key), so asking twice is answered
 * with the same seat. {@code contactId} is the CRM contact the seat is for.
 */
public record Seat(String holderKey, String contactId, Instant since) {

    public static String contactHolder(String contactId) {
        return "contact:" + contactId;
    }
}
