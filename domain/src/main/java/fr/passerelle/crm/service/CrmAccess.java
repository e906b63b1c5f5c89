package fr.passerelle.crm.service;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import java.util.Set;

/**
 * Who may do what in one school's CRM. A CRM holds an organisation's prospects and its commercial pipeline: only the
 * organisation's own people with a need see it. Platform admins and advisors do not (they have no commercial reason
 * to read a school's prospects), and partner clients hold no CRM scope. A school whose CRM the actor may not read is
 * reported exactly like a missing school.
 *
 * <ul>
 *   <li>read: school admins, admissions advisors, finance;</li>
 *   <li>work (contacts, deals, tasks, notes): school admins and admissions advisors;</li>
 *   <li>configure (pipelines, automations, segments' definitions shared by all): school admins.</li>
 * </ul>
 */
public final class CrmAccess {

    private static final Set<MembershipRole> READERS =
            Set.of(MembershipRole.SCHOOL_ADMIN, MembershipRole.ADMISSIONS, MembershipRole.FINANCE);
    private static final Set<MembershipRole> WORKERS = Set.of(MembershipRole.SCHOOL_ADMIN, MembershipRole.ADMISSIONS);
    private static final Set<MembershipRole> CONFIGURERS = Set.of(MembershipRole.SCHOOL_ADMIN);

    private CrmAccess() {
    }

    public static boolean mayRead(Actor actor, String schoolId) {
        return holds(actor, schoolId, READERS);
    }

    public static boolean mayWork(Actor actor, String schoolId) {
        return holds(actor, schoolId, WORKERS);
    }

    /** @throws NotFoundException when the actor may not read that school's CRM */
    public static void requireRead(Actor actor, String schoolId) {
        if (!mayRead(actor, schoolId)) {
            throw new NotFoundException("School", schoolId);
        }
    }

    /** @throws NotFoundException when the actor may not read it, ForbiddenException when they may only read it */
    public static void requireWork(Actor actor, String schoolId) {
        require(actor, schoolId, WORKERS);
    }

    /** @throws NotFoundException when the actor may not read it, ForbiddenException when they may not configure it */
    public static void requireConfigure(Actor actor, String schoolId) {
        require(actor, schoolId, CONFIGURERS);
    }

    private static void require(Actor actor, String schoolId, Set<MembershipRole> roles) {
        requireRead(actor, schoolId);
        if (!holds(actor, schoolId, roles)) {
            throw new ForbiddenException("error.forbidden.crm");
        }
    }

    private static boolean holds(Actor actor, String schoolId, Set<MembershipRole> roles) {
        Tenant school = Tenant.school(schoolId);
        return !actor.isPartnerClient() && actor.memberships().stream()
                .anyMatch(m -> m.tenant().equals(school) && roles.contains(m.role()));
    }
}
