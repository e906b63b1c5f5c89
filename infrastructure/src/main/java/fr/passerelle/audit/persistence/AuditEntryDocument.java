package fr.passerelle.audit.persistence;

import fr.passerelle.shared.persistence.EventDocument.InitiatorDocument;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored audit entry, keyed by the event it records. Only ever inserted.
 *
 * <p>Every filter's index ends with the trail's keyset order ({@code occurredAt}, {@code _id}, newest first), so a
 * page is read in index order and never sorted in memory (checked on MongoDB by the index proof's
 * {@code HotQueries}).
 */
@Document("audit_trail")
@CompoundIndex(name = "time_order", def = "{'occurredAt': -1, '_id': -1}")
@CompoundIndex(name = "by_aggregate", def = "{'aggregateType': 1, 'aggregateId': 1, 'occurredAt': -1, '_id': -1}")
@CompoundIndex(name = "by_subject_order", def = "{'initiator.subject': 1, 'occurredAt': -1, '_id': -1}")
@CompoundIndex(name = "by_organisation_order", def = "{'initiator.organisation': 1, 'occurredAt': -1, '_id': -1}")
@CompoundIndex(name = "by_on_behalf_of_order", def = "{'initiator.onBehalfOf': 1, 'occurredAt': -1, '_id': -1}")
@CompoundIndex(name = "by_action_order", def = "{'action': 1, 'occurredAt': -1, '_id': -1}")
record AuditEntryDocument(@Id String id, String action, String aggregateType, String aggregateId,
                          long aggregateVersion, InitiatorDocument initiator, List<String> changedFields,
                          Instant occurredAt) {
}
