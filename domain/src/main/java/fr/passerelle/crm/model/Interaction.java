package fr.passerelle.crm.model;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * A call, e-mail, meeting, text or visit between the organisation's staff and a contact, as staff logged it.
 *
 * @param occurredAt when it happened (logged afterwards, so in the past; see {@link #EARLIEST} and {@link #LATEST})
 * @param summary    what was said, in the logger's words (personal to the contact: exported and erased with them)
 * @param loggedBy   the staff member's account
 */
public record Interaction(String id, String schoolId, String contactId, InteractionKind kind,
                          InteractionDirection direction, InteractionOutcome outcome, Instant occurredAt,
                          String summary, String loggedBy, Instant loggedAt, List<String> mergedFrom, long version)
        implements ContactRecord<Interaction> {

    /** How long ago an interaction may have happened to be logged now: older ones are history, not CRM work. */
    public static final Period EARLIEST = Period.ofYears(2);
    /** Clocks differ a little between a phone and the server; anything later is a typo. */
    public static final Duration LATEST = Duration.ofMinutes(5);
    public static final int SUMMARY_LENGTH = 4_000;

    public Interaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(loggedBy, "loggedBy");
        Objects.requireNonNull(loggedAt, "loggedAt");
        mergedFrom = mergedFrom == null ? List.of() : List.copyOf(mergedFrom);
    }

    @Override
    public Interaction movedTo(String survivor) {
        return new Interaction(id, schoolId, survivor, kind, direction, outcome, occurredAt, summary, loggedBy,
                loggedAt, MergeTrail.push(mergedFrom, contactId), version);
    }

    @Override
    public Interaction movedBackTo(String mergedContactId) {
        return !cameFrom(mergedContactId) ? this : new Interaction(id, schoolId, mergedContactId, kind, direction,
                outcome, occurredAt, summary, loggedBy, loggedAt, MergeTrail.pop(mergedFrom), version);
    }
}
