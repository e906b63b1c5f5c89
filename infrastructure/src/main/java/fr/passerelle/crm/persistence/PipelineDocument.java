package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.StageKind;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** Stored pipeline: its stages in order; listed by school. */
@Document("crmPipelines")
@CompoundIndex(name = "by_school", def = "{'schoolId': 1, 'createdAt': 1, '_id': 1}")
record PipelineDocument(@Id String id, String schoolId, String name, List<Stage> stages, String createdBy,
                        Instant createdAt, Instant updatedAt, long version) implements StoredDocument {

    record Stage(String id, String name, StageKind kind, int probability, Integer slaWorkingDays) {
    }
}
