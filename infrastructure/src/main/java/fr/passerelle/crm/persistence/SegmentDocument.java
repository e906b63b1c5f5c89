package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.SegmentFilter;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored segment: its name and filter (data, never a query string), listed per school by name. */
@Document("crmSegments")
@CompoundIndex(name = "by_school_name", def = "{'schoolId': 1, 'name': 1}")
record SegmentDocument(@Id String id, String schoolId, String name, SegmentFilter filter, Instant deletedAt,
                       String createdBy, Instant createdAt, Instant updatedAt, long version)
        implements StoredDocument {
}
