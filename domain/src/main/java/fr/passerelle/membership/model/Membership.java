package fr.passerelle.membership.model;

import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.Aggregate;
import java.time.Instant;
import java.util.Objects;

/**
 * Links a person to a role in one school or company. Invited by e-mail; bound to the token subject on acceptance.
 *
 * @param subject the identity provider's subject, null while the invitation is pending
 * @param invitedBy subject of whoever invited (or {@code system} for seeded data)
 */
public record Membership(
        String id,
        Tenant tenant,
        MembershipRole role,
        EmailAddress email,
        String subject,
        MembershipStatus status,
        String invitedBy,
        Instant invitedAt,
        Instant activatedAt,
        long version) implements Aggregate {

    public Membership {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(status, "status");
        if (role.tenantType() != tenant.type()) {
            throw new IllegalArgumentException(role + " is not a role of a " + tenant.type());
        }
    }

    public static Membership invite(String id, Tenant tenant, MembershipRole role, EmailAddress email,
                                    String invitedBy, Instant now) {
        return new Membership(id, tenant, role, email, null, MembershipStatus.INVITED, invitedBy, now, null, 0);
    }

    public Membership activate(String acceptingSubject, Instant now) {
        return new Membership(id, tenant, role, email, acceptingSubject, MembershipStatus.ACTIVE, invitedBy,
                invitedAt, now, version);
    }

    public boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }
}
