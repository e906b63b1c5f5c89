package fr.passerelle.marketing.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A newsletter as written. */
@Document(MongoNewsletters.COLLECTION)
record NewsletterDocument(@Id String id, String title, String body, @Indexed String createdBy, Instant createdAt) {
}
