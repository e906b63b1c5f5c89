package fr.passerelle.catalog.persistence;

import fr.passerelle.catalog.model.FunderReferences;
import fr.passerelle.catalog.model.HalfDay;
import fr.passerelle.catalog.model.Seat;
import fr.passerelle.catalog.model.SessionState;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.persistence.AddressDocument;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored session with its seats and waiting list: one document, so a reservation is one version-checked write.
 * Seats and waiting places name CRM contacts by id ({@code SessionsPrivacy}). {@code startOn} is the first day as ISO
 * text, the order pages are read in (text orders ISO dates as the calendar does, and cursors carry text).
 */
@Document("catalogSessions")
@CompoundIndexes({
        @CompoundIndex(name = "by_programme_start", def = "{'programmeId': 1, 'startOn': 1, '_id': 1}"),
        // The public catalogue reads only open sessions: with the state, the scan skips the others' keys.
        @CompoundIndex(name = "by_programme_state_start",
                def = "{'programmeId': 1, 'state': 1, 'startOn': 1, '_id': 1}"),
        @CompoundIndex(name = "by_seat_contact", def = "{'seats.contactId': 1}"),
        @CompoundIndex(name = "by_waiting_contact", def = "{'waitlist.contactId': 1}")})
record SessionDocument(@Id String id, String schoolId, String programmeId, String startOn, DetailsDocument details,
                       SessionState state, List<Seat> seats, List<Seat> waitlist, String createdBy, Instant createdAt,
                       Instant updatedAt, long version) implements StoredDocument {

    record DetailsDocument(DateRange dates, List<SlotDocument> schedule, AddressDocument place, boolean distance,
                           int capacity, List<String> trainers, FunderReferences funders) {
    }

    /** Times as {@code HH:mm} text: a time of day, not an instant. */
    record SlotDocument(DayOfWeek day, HalfDay half, String start, String end) {
    }
}
