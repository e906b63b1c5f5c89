package fr.passerelle.crm.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The bytes of one contact document, under the document's id, as BSON binary: one document per file, so at most
 * MongoDB's 16 MB, well above the 5 MB the upload accepts.
 */
@Document("crmContactFiles")
record ContactFileDocument(@Id String id, byte[] content, Instant storedAt) {
}
