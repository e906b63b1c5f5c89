package fr.passerelle.notification.service.marketplace;

import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.port.out.Applications;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.shared.validation.Limits;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is who around an offer or an application, as account subjects: the people the marketplace notices go to.
 * Each role answers for a reason: recruiters move applications and manage offers (a company's tutors read them but
 * act on none), the tutor an offer names will work with the intern, any member of a learner's school may prepare
 * the agreement from an accepted application.
 */
public class MarketplaceAudience {

    private static final Set<MembershipRole> SCHOOL_PEOPLE = Set.of(MembershipRole.SCHOOL_ADMIN,
            MembershipRole.SCHOOL_STAFF);

    private final Memberships memberships;
    private final Applications applications;

    public MarketplaceAudience(Memberships memberships, Applications applications) {
        this.memberships = memberships;
        this.applications = applications;
    }

    /** The company's active recruiters. */
    public List<String> recruiters(String companyId) {
        return members(Tenant.company(companyId), Set.of(MembershipRole.RECRUITER));
    }

    /** The member the offer names as tutor, while they are still an active member of its company. */
    public Optional<String> tutor(InternshipOffer offer) {
        String membershipId = offer.terms().tutorMembershipId();
        return membershipId == null ? Optional.empty() : memberships.findById(membershipId)
                .filter(m -> m.isActive() && m.tenant().equals(Tenant.company(offer.companyId())))
                .map(Membership::subject);
    }

    /** The active members of the learner's school, who may create the agreement; nobody for an independent learner. */
    public List<String> school(Application application) {
        return application.schoolId() == null ? List.of()
                : members(Tenant.school(application.schoolId()), SCHOOL_PEOPLE);
    }

    /** The learners whose applications to the offer are still open. */
    public List<String> openApplicants(String offerId) {
        return applications.findByOffer(offerId, ApplicationStatus.open(), Limits.FAN_OUT).stream()
                .map(Application::learnerSubject).distinct().toList();
    }

    private List<String> members(Tenant tenant, Set<MembershipRole> roles) {
        return memberships.findActiveByTenant(tenant, roles, Limits.FAN_OUT).stream().map(Membership::subject)
                .distinct().toList();
    }
}
