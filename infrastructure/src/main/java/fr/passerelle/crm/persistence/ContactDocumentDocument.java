package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.ContactDocumentType;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** Stored description of a contact's document (its bytes are in {@code crmContactFiles}). */
@Document("crmContactDocuments")
@CompoundIndex(name = "by_contact", def = "{'schoolId': 1, 'contactId': 1, 'uploadedAt': -1, '_id': -1}")
@CompoundIndex(name = "by_merge", def = "{'schoolId': 1, 'contactId': 1, 'mergedFrom': 1}")
record ContactDocumentDocument(@Id String id, String schoolId, String contactId, ContactDocumentType type,
                               String title, String contentType, long size, String sha256, String uploadedBy,
                               Instant uploadedAt, Instant deletedAt, List<String> mergedFrom, long version)
        implements StoredDocument {
}
