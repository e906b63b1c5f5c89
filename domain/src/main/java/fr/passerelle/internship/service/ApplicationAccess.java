package fr.passerelle.internship.service;

import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationScope.Visibility;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.model.TenantType;

/**
 * Who may do what with applications. Reading: the learner who applied, the company's members, the staff of the
 * learner's school, advisors and platform admins. The company's recruiters (and admins) move it through the
 * company's steps; only the learner answers for the learner.
 */
final class ApplicationAccess {

    private ApplicationAccess() {
    }

    static boolean canRead(Actor actor, Application application) {
        return actor.readsEverything() || isApplicant(actor, application)
                || actor.isMemberOf(Tenant.company(application.companyId()))
                || (application.schoolId() != null && actor.isMemberOf(Tenant.school(application.schoolId())));
    }

    static boolean isApplicant(Actor actor, Application application) {
        return actor.subject().equals(application.learnerSubject());
    }

    static boolean actsForCompany(Actor actor, Application application) {
        return OfferAccess.canManage(actor, application.companyId());
    }

    /**
     * A company member who reads it only as the company sees the parts the learner shared; the learner, their
     * school, advisors and admins read the learner's profile under its own rules.
     */
    static boolean readsAsCompany(Actor actor, Application application) {
        return !actor.readsEverything() && !isApplicant(actor, application)
                && !(application.schoolId() != null && actor.isMemberOf(Tenant.school(application.schoolId())))
                && actor.isMemberOf(Tenant.company(application.companyId()));
    }

    /** The lists the actor may read, null for everything. */
    static Visibility visibility(Actor actor) {
        return actor.readsEverything() ? null : new Visibility(actor.subject(), actor.tenantIds(TenantType.COMPANY),
                actor.tenantIds(TenantType.SCHOOL));
    }
}
