package fr.passerelle.crm.persistence;

import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A school's lifecycle target kinds; its id is the school's. */
@Document("crmLifecycleTargets")
record LifecycleTargetsDocument(@Id String id, List<String> kinds, Instant createdAt, Instant updatedAt,
                                long version) implements StoredDocument {
}
