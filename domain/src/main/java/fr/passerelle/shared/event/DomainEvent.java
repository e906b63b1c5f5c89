package fr.passerelle.shared.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened to one aggregate. Stored in the aggregate's own document by the same atomic write as the
 * change (so it exists exactly when the change does), then relayed at least once to every {@link EventSubscriber}.
 *
 * <p>Events name what changed, never the values: they feed the audit trail, which must not copy personal data or
 * document contents. A subscriber that needs data reads the aggregate by id.
 *
 * @param type           {@code <aggregate>.<past-tense verb>}, e.g. {@code company.verified}
 * @param aggregateType  the aggregate's type name, e.g. {@code Company}
 * @param version        the aggregate's version after the change
 * @param changedFields  dotted paths of the fields that changed (all set fields for a creation)
 * @param attributes     a few identifiers subscribers route on (e.g. the tenant), never personal data
 */
public record DomainEvent(String id, String type, String aggregateType, String aggregateId, long version,
                          Initiator initiator, Instant occurredAt, List<String> changedFields,
                          Map<String, String> attributes) {

    public DomainEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(initiator, "initiator");
        Objects.requireNonNull(occurredAt, "occurredAt");
        changedFields = List.copyOf(changedFields);
        attributes = Map.copyOf(attributes);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }
}
