package fr.passerelle.catalog.service;

import fr.passerelle.catalog.model.Session;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import java.util.Set;

/**
 * Who may do what in one school's catalogue. Its programmes and sessions are the school's own business until
 * published (the public catalogue shows what is published, without anyone's personal data):
 *
 * <ul>
 *   <li>read programmes, sessions and seat counts: the school's staff (admins, admissions, finance, trainers,
 *       teaching staff);</li>
 *   <li>configure programmes: school admins; plan and run sessions and reserve seats: admins and admissions;</li>
 *   <li>see who holds a seat: admins and admissions for every session, a trainer for the sessions they train;
 *       finance sees counts only.</li>
 * </ul>
 * Platform admins, advisors and partner clients see nothing; a school whose catalogue the actor may not read is
 * reported exactly like a missing one.
 */
public final class CatalogAccess {

    private static final Set<MembershipRole> READERS = Set.of(MembershipRole.SCHOOL_ADMIN, MembershipRole.ADMISSIONS,
            MembershipRole.FINANCE, MembershipRole.TRAINER, MembershipRole.SCHOOL_STAFF);
    private static final Set<MembershipRole> SESSION_WORKERS = Set.of(MembershipRole.SCHOOL_ADMIN,
            MembershipRole.ADMISSIONS);
    private static final Set<MembershipRole> CONFIGURERS = Set.of(MembershipRole.SCHOOL_ADMIN);

    private CatalogAccess() {
    }

    public static boolean mayRead(Actor actor, String schoolId) {
        return holds(actor, schoolId, READERS);
    }

    /** Whether the actor sees who holds the session's seats and waits for one. */
    public static boolean maySeeHolders(Actor actor, Session session) {
        return holds(actor, session.schoolId(), SESSION_WORKERS)
                || holds(actor, session.schoolId(), Set.of(MembershipRole.TRAINER))
                && session.details().trainers().contains(actor.subject());
    }

    /** @throws NotFoundException when the actor may not read the school's catalogue, ForbiddenException when they may only read it */
    public static void requireConfigure(Actor actor, String schoolId) {
        require(actor, schoolId, CONFIGURERS);
    }

    /** For sessions and seats. */
    public static void requireWorkSessions(Actor actor, String schoolId) {
        require(actor, schoolId, SESSION_WORKERS);
    }

    private static void require(Actor actor, String schoolId, Set<MembershipRole> roles) {
        if (!mayRead(actor, schoolId)) {
            throw new NotFoundException("School", schoolId);
        }
        if (!holds(actor, schoolId, roles)) {
            throw new ForbiddenException("error.forbidden.catalog");
        }
    }

    private static boolean holds(Actor actor, String schoolId, Set<MembershipRole> roles) {
        Tenant school = Tenant.school(schoolId);
        return !actor.isPartnerClient() && actor.memberships().stream()
                .anyMatch(m -> m.tenant().equals(school) && roles.contains(m.role()));
    }
}
