package fr.passerelle.enrollment.service;

import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.shared.validation.Limits;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The school staff an enrollment's notices go to, the same for every part: its active members in the role that acts
 * on the step, its admins always with them (they may do everything the role does), at most {@link Limits#FAN_OUT}.
 */
final class SchoolStaff {

    private static final Set<MembershipRole> ADMISSIONS = Set.of(MembershipRole.ADMISSIONS,
            MembershipRole.SCHOOL_ADMIN);
    private static final Set<MembershipRole> FINANCE = Set.of(MembershipRole.FINANCE, MembershipRole.SCHOOL_ADMIN);

    private SchoolStaff() {
    }

    /** The school's admissions and admins: they review dossiers, plan fundings, follow contracts, own CRM tasks. */
    static List<String> admissions(Memberships memberships, String schoolId) {
        return active(memberships, schoolId, ADMISSIONS);
    }

    /** The school's finance and admins (who chase a company payer's unpaid instalment). */
    static List<String> finance(Memberships memberships, String schoolId) {
        return active(memberships, schoolId, FINANCE);
    }

    private static List<String> active(Memberships memberships, String schoolId, Set<MembershipRole> roles) {
        return memberships.findActiveByTenant(Tenant.school(schoolId), roles, Limits.FAN_OUT).stream()
                .map(Membership::subject).filter(Objects::nonNull).toList();
    }
}
