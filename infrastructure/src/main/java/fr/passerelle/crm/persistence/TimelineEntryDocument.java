package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.TimelineEntryKind;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One timeline entry. The index serves a page as one range read in order — school and contact, then newest first
 * with the id breaking ties between entries of the same instant — and the merges' moves.
 */
@Document("crmTimeline")
@CompoundIndex(name = "by_contact_time", def = "{'schoolId': 1, 'contactId': 1, 'occurredAt': -1, '_id': -1}")
@CompoundIndex(name = "by_merge", def = "{'schoolId': 1, 'contactId': 1, 'mergedFrom': 1}")
record TimelineEntryDocument(@Id String id, String schoolId, String contactId, TimelineEntryKind kind, String label,
                             String subjectType, String subjectId, Instant occurredAt, List<String> mergedFrom) {
}
