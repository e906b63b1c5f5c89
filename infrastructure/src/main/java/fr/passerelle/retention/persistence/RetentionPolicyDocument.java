package fr.passerelle.retention.persistence;

import fr.passerelle.privacy.model.LegalBasis;
import fr.passerelle.retention.model.RetentionTrigger;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One retention policy, keyed by its data class (so there is one per class). */
@Document(MongoRetentionPolicies.COLLECTION)
record RetentionPolicyDocument(@Id String dataClass, RetentionTrigger trigger, int activeMonths, int archiveMonths,
                               LegalBasis basis, long version, Instant updatedAt) {
}
