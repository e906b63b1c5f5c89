package fr.passerelle.shared.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A domain event as stored: first in its aggregate's {@code outbox} array (written by the same atomic operation as
 * the change), then inside the delivery jobs the relay creates from it.
 */
public record EventDocument(String id, String type, String aggregateType, String aggregateId, long version,
                            InitiatorDocument initiator, Instant occurredAt, List<String> changedFields,
                            Map<String, String> attributes) {

    public record InitiatorDocument(String subject, Set<String> roles, String organisation, String onBehalfOf,
                                    String client) {
    }
}
