package fr.passerelle.enrollment.persistence;

import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An enrollment's payments under way and dunning steps, keyed by the enrollment's id; ids and amounts only. The
 * provider's events name only its ids: they find their account by the attempts' provider ids.
 */
@Document("paymentAccounts")
@CompoundIndex(name = "by_provider_id", def = "{'attempts.providerId': 1}")
record PaymentAccountDocument(@Id String id, String schoolId, List<PaymentAttemptDocument> attempts,
                              Set<String> dunning, Instant createdAt, Instant updatedAt, long version)
        implements StoredDocument {
}
