package fr.passerelle.membership.persistence;

import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.MembershipStatus;
import fr.passerelle.membership.model.TenantType;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Stored membership. One e-mail per organisation (unique); looked up by subject on every request and by e-mail
 * for pending invitations.
 */
@Document("memberships")
@CompoundIndex(name = "unique_member", def = "{'tenant.type': 1, 'tenant.id': 1, 'email': 1}", unique = true)
@CompoundIndex(name = "member_order", def = "{'tenant.type': 1, 'tenant.id': 1, 'email': 1, '_id': 1}")
@CompoundIndex(name = "by_subject", def = "{'subject': 1, 'status': 1}")
@CompoundIndex(name = "by_email", def = "{'email': 1, 'status': 1}")
record MembershipDocument(
        @Id String id,
        Tenant tenant,
        MembershipRole role,
        String email,
        String subject,
        MembershipStatus status,
        String invitedBy,
        Instant invitedAt,
        Instant activatedAt,
        long version) implements StoredDocument {

    record Tenant(TenantType type, String id) {
    }
}
