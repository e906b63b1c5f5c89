package fr.passerelle.audit.persistence;

import fr.passerelle.shared.persistence.EventDocument.InitiatorDocument;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored audit entry, keyed by the event it records. Only ever inserted. */
@Document("audit_trail")
@CompoundIndex(name = "time_order", def = "{'occurredAt': -1, '_id': -1}")
@CompoundIndex(name = "by_aggregate", def = "{'aggregateType': 1, 'aggregateId': 1, 'occurredAt': -1, '_id': -1}")
@CompoundIndex(name = "by_subject", def = "{'initiator.subject': 1, 'occurredAt': -1}")
@CompoundIndex(name = "by_organisation", def = "{'initiator.organisation': 1, 'occurredAt': -1}")
@CompoundIndex(name = "by_on_behalf_of", def = "{'initiator.onBehalfOf': 1, 'occurredAt': -1}")
@CompoundIndex(name = "by_action", def = "{'action': 1, 'occurredAt': -1}")
record AuditEntryDocument(@Id String id, String action, String aggregateType, String aggregateId,
                          long aggregateVersion, InitiatorDocument initiator, List<String> changedFields,
                          Instant occurredAt) {
}
