package fr.passerelle.partner.persistence;

import fr.passerelle.membership.model.TenantType;
import fr.passerelle.partner.model.PartnerClientStatus;
import fr.passerelle.partner.model.PartnerScope;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Stored partner client: looked up by {@code clientId} on token requests and (cached) on every partner request,
 * listed by organisation. Secrets are stored as hashes only.
 */
@Document("partnerClients")
@CompoundIndex(name = "by_organisation", def = "{'organisation.type': 1, 'organisation.id': 1, 'createdAt': 1}")
record PartnerClientDocument(
        @Id String id,
        @Indexed(name = "unique_client_id", unique = true) String clientId,
        Organisation organisation,
        String name,
        Set<PartnerScope> scopes,
        PartnerClientStatus status,
        List<Secret> secrets,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) implements StoredDocument {

    record Organisation(TenantType type, String id) {
    }

    record Secret(String hash, String hint, Instant createdAt, Instant expiresAt) {
    }
}
