package fr.passerelle.membership.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.MembershipStatus;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.model.EmailAddress;
import java.time.Instant;

/** GraphQL {@code Membership}; {@code tenant} feeds the batched {@code school}/{@code company} fields. */
public record MembershipView(String id, MembershipRole role, MembershipStatus status, EmailAddress email,
                             Instant invitedAt, Instant activatedAt, Tenant tenant) {

    public static final String TYPE = "Membership";

    public static MembershipView of(Membership membership) {
        return new MembershipView(GlobalIds.encode(TYPE, membership.id()), membership.role(), membership.status(),
                membership.email(), membership.invitedAt(), membership.activatedAt(), membership.tenant());
    }
}
