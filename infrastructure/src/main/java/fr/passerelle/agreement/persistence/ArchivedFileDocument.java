package fr.passerelle.agreement.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored file of the archive, under its key, its bytes as BSON binary. One document per file, so a file is at most
 * MongoDB's 16 MB document limit: ample for agreements, certificates and scans of a few pages.
 */
@Document("archived_documents")
record ArchivedFileDocument(@Id String key, String contentType, byte[] content, String sha256, Instant storedAt) {
}
