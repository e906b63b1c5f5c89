package fr.passerelle.company.persistence;

import fr.passerelle.company.model.CompanyKind;
import fr.passerelle.company.model.VettingStatus;
import fr.passerelle.shared.persistence.AddressDocument;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Stored company. The SIRET is unique; {@code nameKey} (normalised legal name) is the name order's keyset and,
 * with {@code tradeNameKey}, what name search matches.
 */
@Document("companies")
@CompoundIndex(name = "name_order", def = "{'nameKey': 1, '_id': 1}")
@CompoundIndex(name = "created_order", def = "{'createdAt': 1, '_id': 1}")
record CompanyDocument(
        @Id String id,
        String nameKey,
        String tradeNameKey,
        Profile profile,
        List<SiteDocument> sites,
        Vetting vetting,
        WorkforceDocument workforce,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) implements StoredDocument {

    record Profile(String legalName, String tradeName, @Indexed(name = "unique_siret", unique = true) String siret,
                   @Indexed(name = "kind") CompanyKind kind, String website, String description) {
    }

    record SiteDocument(String id, String name, AddressDocument address) {
    }

    /** The workforce declared for the interns quota; absent until declared. */
    record WorkforceDocument(int headcount, LocalDate asOf, int internsElsewhere, String declaredBy,
                             Instant declaredAt) {
    }

    record Vetting(@Indexed(name = "vetting_status") VettingStatus status, String note, String decidedBy,
                   Instant decidedAt) {
    }
}
