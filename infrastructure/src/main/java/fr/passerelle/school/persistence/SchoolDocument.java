package fr.passerelle.school.persistence;

import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.school.model.SchoolKind;
import fr.passerelle.shared.persistence.AddressDocument;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Stored school. {@code nameKey} is the normalised name: unique (no two schools with the same name) and the keyset
 * of the name order.
 */
@Document("schools")
@CompoundIndex(name = "name_order", def = "{'nameKey': 1, '_id': 1}")
@CompoundIndex(name = "created_order", def = "{'createdAt': 1, '_id': 1}")
record SchoolDocument(
        @Id String id,
        @Indexed(name = "unique_name", unique = true) String nameKey,
        Profile profile,
        @Indexed(name = "tier") PartnershipTier tier,
        List<ProgramDocument> programs,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) implements StoredDocument {

    record Profile(String name, @Indexed(name = "kind") SchoolKind kind, AddressDocument address, String website,
                   String contactEmail, String description) {
    }

    record ProgramDocument(String code, String name, String level, Integer durationMonths,
                           Integer teachingHoursPerYear) {
    }
}
