package fr.passerelle.crm.persistence;

import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Stored task. One's open tasks are read by owner and due time ({@code by_owner}); a deal's next action by deal
 * ({@code by_deal}); merges find a contact's tasks ({@code by_contact}).
 */
@Document("crmTasks")
@CompoundIndexes({
        @CompoundIndex(name = "by_owner", def = "{'ownerSubject': 1, 'doneAt': 1, 'dueAt': 1, '_id': 1}"),
        @CompoundIndex(name = "by_deal", def = "{'dealId': 1, 'doneAt': 1, 'dueAt': 1}"),
        @CompoundIndex(name = "by_contact", def = "{'schoolId': 1, 'contactId': 1, 'mergedFrom': 1}")})
record TaskDocument(@Id String id, String schoolId, String title, Instant dueAt, String ownerSubject,
                    String contactId, String dealId, Instant doneAt, String doneBy, Instant overdueFor,
                    DealDocument.Automation automation,
                    List<String> mergedFrom, String createdBy, Instant createdAt, Instant updatedAt, long version)
        implements StoredDocument {
}
