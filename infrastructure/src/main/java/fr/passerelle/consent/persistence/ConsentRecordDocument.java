package fr.passerelle.consent.persistence;

import fr.passerelle.consent.model.ConsentDecision;
import fr.passerelle.consent.model.ConsentPurpose;
import fr.passerelle.consent.model.ConsentSource;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One consent ledger entry. The index serves both reads: a person's latest entry per purpose (send-time check, current
 * consent) and their whole ledger newest first (export), and erasure's and retention's rewrites by subject.
 */
@Document(MongoConsentRecords.COLLECTION)
@CompoundIndex(name = "subject_purpose_latest", def = "{'subject': 1, 'purpose': 1, 'at': -1, '_id': -1}")
@CompoundIndex(name = "subject_latest", def = "{'subject': 1, 'at': -1, '_id': -1}")
record ConsentRecordDocument(@Id String id, String subject, ConsentPurpose purpose, ConsentDecision decision,
                             ConsentSource source, String wordingVersion, String recordedBy, Instant at) {
}
