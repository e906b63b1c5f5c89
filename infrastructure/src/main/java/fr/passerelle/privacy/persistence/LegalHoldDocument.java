package fr.passerelle.privacy.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A record kept under a legal hold after its person's erasure: which record, why, until when. Names no one. */
@Document("privacy_restrictions")
record LegalHoldDocument(@Id String id, String collection, String record, String dataClass, String reason,
                         Instant until, Instant restrictedAt) {
}
