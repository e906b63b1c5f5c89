package fr.passerelle.membership.service;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipStatus;
import fr.passerelle.membership.model.PlatformRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.in.MembershipUseCases;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.validation.Limits;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public class MembershipService implements MembershipUseCases {

    private final Memberships memberships;
    private final TenantMembers members;

    public MembershipService(Memberships memberships, TenantMembers members) {
        this.memberships = memberships;
        this.members = members;
    }

    @Override
    public Actor resolveActor(String subject, String displayName, EmailAddress verifiedEmail, Set<PlatformRole> roles,
                              String client) {
        return new Actor(subject, displayName, verifiedEmail, roles, memberships.findActiveBySubject(subject), client);
    }

    @Override
    public List<Membership> pendingInvitations(Actor actor) {
        return actor.email() == null ? List.of() : memberships.findInvitedByEmail(actor.email(), Limits.LIST);
    }

    @Override
    public Optional<Membership> find(Actor actor, String membershipId) {
        return memberships.findById(membershipId).filter(m -> isVisible(actor, m));
    }

    @Override
    public List<Membership> findAll(Actor actor, Collection<String> membershipIds) {
        return memberships.findAllById(membershipIds).stream().filter(m -> isVisible(actor, m)).toList();
    }

    @Override
    public Page<Membership> members(Actor actor, Tenant tenant, Paging paging) {
        return actor.canRead(tenant) ? memberships.page(tenant, paging) : Page.empty();
    }

    @Override
    public Membership accept(Actor actor, String membershipId) {
        Membership invitation = memberships.findById(membershipId)
                .filter(m -> isAddressedTo(actor, m) || actor.subject().equals(m.subject()))
                .orElseThrow(() -> new NotFoundException("Membership", membershipId));
        if (invitation.status() == MembershipStatus.ACTIVE) {
            return invitation;
        }
        try {
            return members.activate(actor, invitation);
        } catch (ConcurrentUpdateException acceptedMeanwhile) {
            // A concurrent accept (a double click, a retry) won: answer as it did.
            return memberships.findById(membershipId).filter(Membership::isActive).orElseThrow(() -> acceptedMeanwhile);
        }
    }

    /** Organisation readers see its members; a person sees their own memberships and invitations. */
    private static boolean isVisible(Actor actor, Membership membership) {
        return actor.canRead(membership.tenant())
                || actor.subject().equals(membership.subject())
                || isAddressedTo(actor, membership);
    }

    private static boolean isAddressedTo(Actor actor, Membership membership) {
        return membership.status() == MembershipStatus.INVITED && membership.email().equals(actor.email());
    }
}
