package fr.passerelle.testing;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.PlatformRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.model.EmailAddress;
import java.util.List;
import java.util.Set;

/**
 * Callers for use-case tests. Members are stored in the given memberships fake and the actor is built from what it
 * stores, the way {@code MembershipService.resolveActor} does.
 */
public final class Actors {

    private Actors() {
    }

    public static EmailAddress emailOf(String subject) {
        return EmailAddress.of(subject + "@mail.test");
    }

    public static Actor platformAdmin() {
        return new Actor("platform-admin", "Platform Admin", emailOf("platform-admin"),
                Set.of(PlatformRole.PLATFORM_ADMIN), List.of());
    }

    public static Actor advisor() {
        return new Actor("advisor", "Career Advisor", emailOf("advisor"), Set.of(PlatformRole.ADVISOR), List.of());
    }

    /** A learner with a verified e-mail and no membership. */
    public static Actor learner(String subject) {
        return new Actor(subject, subject, emailOf(subject), Set.of(PlatformRole.LEARNER), List.of());
    }

    /** Someone whose identity provider did not verify an e-mail address. */
    public static Actor withoutVerifiedEmail(String subject) {
        return new Actor(subject, subject, null, Set.of(PlatformRole.LEARNER), List.of());
    }

    /** Stores an active membership of {@code subject} in {@code tenant} and returns the resulting actor. */
    public static Actor member(InMemoryMemberships memberships, String subject, Tenant tenant, MembershipRole role) {
        Membership invited = Membership.invite("membership-of-" + subject + "-in-" + tenant.id(), tenant, role,
                emailOf(subject), "seed", Fixtures.NOW);
        memberships.seed(invited.activate(subject, Fixtures.NOW));
        return resolve(memberships, subject);
    }

    /** The actor for {@code subject} (e-mail {@link #emailOf}) with the active memberships currently stored. */
    public static Actor resolve(InMemoryMemberships memberships, String subject, PlatformRole... roles) {
        return new Actor(subject, subject, emailOf(subject), Set.of(roles), memberships.findActiveBySubject(subject));
    }
}
