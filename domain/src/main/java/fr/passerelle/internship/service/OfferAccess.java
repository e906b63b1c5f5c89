package fr.passerelle.internship.service;

import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;

/**
 * Who may do what with offers. Everyone signed in reads offers that were published once (open, filled, closed or
 * expired: applicants keep seeing what they applied to); drafts, and drafts closed without being published, are
 * read by the company's members, advisors and platform admins. The company's recruiters and platform admins write.
 */
final class OfferAccess {

    private OfferAccess() {
    }

    static boolean canRead(Actor actor, InternshipOffer offer) {
        return offer.publishedAt() != null || readsAllOf(actor, offer.companyId());
    }

    /** Members of the company, advisors and admins read every offer of the company and its applications. */
    static boolean readsAllOf(Actor actor, String companyId) {
        return actor.canRead(Tenant.company(companyId));
    }

    static boolean canManage(Actor actor, String companyId) {
        return actor.canManage(Tenant.company(companyId));
    }
}
