package fr.passerelle.testing;

import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import java.util.List;
import java.util.Map;

/**
 * Events for assertions and deliveries. An expected event has the placeholder id {@link #ANY_ID}: compare it with
 * {@code usingRecursiveComparison().ignoringFields("id")}, since a use case's event id only has to be fresh.
 */
public final class DomainEvents {

    public static final String ANY_ID = "any";

    private DomainEvents() {
    }

    /** The event a use case should have written at {@link Fixtures#NOW}. */
    public static DomainEvent expected(String type, String aggregateType, String aggregateId, long version,
                                       Initiator by, List<String> changedFields, Map<String, String> attributes) {
        return new DomainEvent(ANY_ID, type, aggregateType, aggregateId, version, by, Fixtures.NOW, changedFields,
                attributes);
    }

    /** An event as the relay delivers it to subscribers, caused by the platform at {@link Fixtures#NOW}. */
    public static DomainEvent delivered(String id, String type, String aggregateType, String aggregateId) {
        return new DomainEvent(id, type, aggregateType, aggregateId, 1, Initiator.system(), Fixtures.NOW, List.of(),
                Map.of());
    }
}
