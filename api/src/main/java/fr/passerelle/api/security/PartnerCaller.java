package fr.passerelle.api.security;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.MembershipStatus;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.model.TenantType;
import fr.passerelle.partner.model.PartnerClient;
import fr.passerelle.partner.model.PartnerScope;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.shared.model.EmailAddress;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A request made by a partner client: the organisation's system, never a person. Its {@link #actor()} is a member
 * of that organisation alone, with no platform role, so every use case scopes it to the organisation's tenancy as
 * it would a member of its staff; its {@link #scopes()} then narrow what it may reach (the schema's {@code @scope}
 * directive, {@code @RequiresScope} on REST handlers).
 *
 * @param clientId the OAuth2 client id, which events and the audit trail name as the client that acted
 * @param scopes   the scopes the token asked for among those the client holds now
 */
public record PartnerCaller(String clientId, Tenant organisation, Set<PartnerScope> scopes, PartnershipTier tier,
                            Actor actor) {

    /** Request attribute (HTTP) and GraphQL context key holding the caller of a partner client's request. */
    public static final String ATTRIBUTE = PartnerCaller.class.getName();

    /** Not a person's address: memberships need one, and nothing is ever sent to it. */
    private static final EmailAddress NO_ADDRESS = EmailAddress.of("partner-client@passerelle.invalid");

    public PartnerCaller {
        scopes = Set.copyOf(scopes);
    }

    static PartnerCaller of(PartnerClient client, String subject, Set<PartnerScope> scopes, PartnershipTier tier) {
        // Importing a roster is a manager's action in the domain; the scopes keep the client to that action.
        boolean writes = scopes.contains(PartnerScope.ROSTER_WRITE);
        MembershipRole role = client.organisation().type() == TenantType.SCHOOL
                ? (writes ? MembershipRole.SCHOOL_ADMIN : MembershipRole.SCHOOL_STAFF)
                : (writes ? MembershipRole.RECRUITER : MembershipRole.TUTOR);
        Membership asOrganisation = new Membership("partner-client:" + client.id(), client.organisation(), role,
                NO_ADDRESS, subject, MembershipStatus.ACTIVE, client.createdBy(), client.createdAt(),
                client.createdAt(), 0);
        Actor actor = new Actor(subject, client.name(), null, Set.of(), List.of(asOrganisation), client.clientId(),
                scopes.stream().map(PartnerScope::value).collect(Collectors.toUnmodifiableSet()));
        return new PartnerCaller(client.clientId(), client.organisation(), scopes, tier, actor);
    }

    public boolean holdsAny(Set<PartnerScope> anyOf) {
        return anyOf.stream().anyMatch(scopes::contains);
    }
}
