package fr.passerelle.audit.model;

import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One state-changing action, as recorded for good: who, what, to which aggregate, which fields, when. Entries are
 * written once, keyed by the event that caused them, and never changed or deleted. They name fields, never values,
 * so no personal data or document content is copied here.
 *
 * @param id        the id of the event recorded
 * @param initiator who acted; null only in an entry shown to someone who may not know it ({@link #withoutActor})
 */
public record AuditEntry(String id, String action, String aggregateType, String aggregateId, long aggregateVersion,
                         Initiator initiator, List<String> changedFields, Instant occurredAt) {

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        changedFields = List.copyOf(changedFields);
    }

    /**
     * The entry as someone who may not know who acted reads it: what happened and when, never the person, their
     * client, their organisation nor the internal names of the fields they changed.
     */
    public AuditEntry withoutActor() {
        return new AuditEntry(id, action, aggregateType, aggregateId, aggregateVersion, null, List.of(), occurredAt);
    }

    public static AuditEntry of(DomainEvent event) {
        return new AuditEntry(event.id(), event.type(), event.aggregateType(), event.aggregateId(), event.version(),
                Objects.requireNonNull(event.initiator(), "initiator"), event.changedFields(), event.occurredAt());
    }
}
