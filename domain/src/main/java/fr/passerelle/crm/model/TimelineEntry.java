package fr.passerelle.crm.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of a contact's timeline: a read model, not an aggregate. It holds ids and a label only — never the
 * subject's content — so it carries no personal data of its own, and clients resolve the subject by id.
 *
 * @param id          the source's own key, so recording it again changes nothing: the event's id for what another
 *                    feature did, {@code <kind>:<subject id>} for an interaction, note or document
 * @param label       a short non-personal key: the event type ({@code deal.won}, {@code interaction.logged}…)
 * @param subjectType the subject's aggregate type ({@code Interaction}, {@code Deal}, {@code Application}…)
 * @param mergedFrom  see {@link MergeTrail}
 */
public record TimelineEntry(String id, String schoolId, String contactId, TimelineEntryKind kind, String label,
                            String subjectType, String subjectId, Instant occurredAt, List<String> mergedFrom) {

    public TimelineEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        mergedFrom = mergedFrom == null ? List.of() : List.copyOf(mergedFrom);
    }

    /** The entry of a record filed directly on the contact: its id is the record's, whoever writes it first. */
    public static TimelineEntry of(TimelineEntryKind kind, String label, ContactRecord<?> record, String subjectType,
                                   Instant occurredAt) {
        return new TimelineEntry(keyOf(kind, record.id()), record.schoolId(), record.contactId(), kind, label,
                subjectType, record.id(), occurredAt, record.mergedFrom());
    }

    public static String keyOf(TimelineEntryKind kind, String subjectId) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + subjectId;
    }
}
