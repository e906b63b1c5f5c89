package fr.passerelle.privacy.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One key of an erased person, as a one-way digest (never the key itself), and when the erasure happened. */
@Document("erased_people")
record ErasedPersonDocument(@Id String id, Instant erasedAt) {
}
