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
 * @param id the id of the event recorded
 */
public record AuditEntry(String id, String action, String aggregateType, String aggregateId, long aggregateVersion,
                         Initiator initiator, List<String> changedFields, Instant occurredAt) {

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(initiator, "initiator");
        changedFields = List.copyOf(changedFields);
    }

    public static AuditEntry of(DomainEvent event) {
        return new AuditEntry(event.id(), event.type(), event.aggregateType(), event.aggregateId(), event.version(),
                event.initiator(), event.changedFields(), event.occurredAt());
    }
}
