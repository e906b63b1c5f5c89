package fr.passerelle.crm.persistence;

import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** Stored note: read by id and per contact (merges). */
@Document("crmNotes")
@CompoundIndex(name = "by_contact", def = "{'schoolId': 1, 'contactId': 1, 'mergedFrom': 1}")
record NoteDocument(@Id String id, String schoolId, String contactId, String text, boolean pinned, String author,
                    Instant createdAt, Instant updatedAt, Instant deletedAt, List<String> mergedFrom, long version)
        implements StoredDocument {
}
