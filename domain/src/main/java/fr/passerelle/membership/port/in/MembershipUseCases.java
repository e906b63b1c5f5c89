package fr.passerelle.membership.port.in;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.PlatformRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Who the caller is, who belongs to an organisation, and the invitations people can accept. */
public interface MembershipUseCases {

    /** Builds the actor for an authenticated token: its roles plus the subject's active memberships. */
    Actor resolveActor(String subject, String displayName, EmailAddress verifiedEmail, Set<PlatformRole> roles,
                       String client);

    /** Invitations waiting for the actor's verified e-mail. */
    List<Membership> pendingInvitations(Actor actor);

    /** A membership the actor may see, or empty (missing and hidden look the same). */
    Optional<Membership> find(Actor actor, String membershipId);

    /** The visible memberships among the ids, in no particular order. */
    List<Membership> findAll(Actor actor, Collection<String> membershipIds);

    /** An organisation's memberships ordered by e-mail; empty when the actor may not read the organisation. */
    Page<Membership> members(Actor actor, Tenant tenant, Paging paging);

    /** Accepts an invitation addressed to the actor's verified e-mail; accepting twice is a no-op. */
    Membership accept(Actor actor, String membershipId);
}
