package fr.passerelle.enrollment.service;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.EmailAddress;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The platform acting as the school's admissions process, for the seat changes that follow a learner's own action
 * (a withdrawal frees their seat): the seat use case authorises admissions only, and the learner is not one. Its
 * events name the platform ({@link Initiator#SYSTEM}) as a member of the school.
 */
final class SchoolProcess {

    private static final EmailAddress ADDRESS = EmailAddress.of("system@passerelle.invalid");

    private SchoolProcess() {
    }

    static Actor actingFor(String schoolId) {
        Membership admissions = Membership.invite("system-" + schoolId, Tenant.school(schoolId),
                MembershipRole.ADMISSIONS, ADDRESS, Initiator.SYSTEM, Instant.EPOCH)
                .activate(Initiator.SYSTEM, Instant.EPOCH);
        return new Actor(Initiator.SYSTEM, null, null, Set.of(), List.of(admissions));
    }
}
