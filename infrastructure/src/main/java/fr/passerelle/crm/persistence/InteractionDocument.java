package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.InteractionDirection;
import fr.passerelle.crm.model.InteractionKind;
import fr.passerelle.crm.model.InteractionOutcome;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** Stored interaction: read by id (the timeline's batch loader) and per contact (merges). */
@Document("crmInteractions")
@CompoundIndex(name = "by_contact", def = "{'schoolId': 1, 'contactId': 1, 'mergedFrom': 1}")
record InteractionDocument(@Id String id, String schoolId, String contactId, InteractionKind kind,
                           InteractionDirection direction, InteractionOutcome outcome, Instant occurredAt,
                           String summary, String loggedBy, Instant loggedAt, List<String> mergedFrom, long version)
        implements StoredDocument {
}
