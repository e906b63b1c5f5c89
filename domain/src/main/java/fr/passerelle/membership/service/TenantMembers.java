package fr.passerelle.membership.service;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipEvents;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.in.InviteMember;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Clock;

/**
 * Invitations into one organisation, shared by the school and company use cases (which check that the
 * organisation exists and that the actor may manage it before calling).
 */
public class TenantMembers {

    private final Memberships memberships;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public TenantMembers(Memberships memberships, IdGenerator ids, EventFactory events, Clock clock) {
        this.memberships = memberships;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Invites the e-mail. Idempotent: re-inviting with the same role returns the existing membership, so a client
     * may safely retry; a different role is reported, not silently changed.
     */
    public Membership invite(Actor actor, Tenant tenant, InviteMember command) {
        if (command.role().tenantType() != tenant.type()) {
            throw BusinessRuleViolation.of("role", ErrorCode.INVALID,
                    "error.membership.role-mismatch", command.role(), tenant.type());
        }
        var existing = memberships.findByTenantAndEmail(tenant, command.email());
        if (existing.isPresent()) {
            return sameRoleOrDuplicate(existing.get(), command);
        }
        try {
            Membership invited = Membership.invite(ids.newId(), tenant, command.role(), command.email(),
                    actor.subject(), clock.instant());
            return memberships.insert(invited, events.created(MembershipEvents.INVITED, actor.initiatorFor(tenant),
                    invited, MembershipEvents.attributesOf(invited)));
        } catch (DuplicateKeyException raced) {
            // A concurrent identical invite won the unique index: answer as if ours had.
            return sameRoleOrDuplicate(memberships.findByTenantAndEmail(tenant, command.email()).orElseThrow(), command);
        }
    }

    /**
     * Makes the actor an active member straight away (the first recruiter of a company they registered). Idempotent:
     * an existing membership of theirs is activated or returned; a concurrent identical enrolment is harmless.
     */
    public Membership enrol(Actor actor, Tenant tenant, MembershipRole role) {
        Membership active = Membership.invite(ids.newId(), tenant, role, actor.email(), actor.subject(), clock.instant())
                .activate(actor.subject(), clock.instant());
        try {
            return memberships.insert(active, events.created(MembershipEvents.ACTIVATED, actor.initiatorJoining(tenant),
                    active, MembershipEvents.attributesOf(active)));
        } catch (DuplicateKeyException alreadyThere) {
            Membership existing = memberships.findByTenantAndEmail(tenant, actor.email()).orElseThrow();
            if (existing.isActive()) {
                return existing;
            }
            return activate(actor, existing);
        }
    }

    /** Binds a pending membership to the actor, who joins the organisation. */
    public Membership activate(Actor actor, Membership invitation) {
        Membership active = invitation.activate(actor.subject(), clock.instant());
        return memberships.update(active, events.changed(MembershipEvents.ACTIVATED,
                actor.initiatorJoining(invitation.tenant()),
                invitation, active, MembershipEvents.attributesOf(active)));
    }

    private static Membership sameRoleOrDuplicate(Membership existing, InviteMember command) {
        if (existing.role() == command.role()) {
            return existing;
        }
        throw BusinessRuleViolation.of("email", ErrorCode.DUPLICATE,
                "error.membership.already-member", existing.role());
    }
}
