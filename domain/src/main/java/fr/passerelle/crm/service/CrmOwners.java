package fr.passerelle.crm.service;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.util.List;
import java.util.Set;

/**
 * Who may own a deal or a task: someone who works the school's CRM today ({@link CrmAccess#mayWork}), judged from
 * their active memberships exactly as their own requests would be.
 */
final class CrmOwners {

    private final Memberships memberships;

    CrmOwners(Memberships memberships) {
        this.memberships = memberships;
    }

    /** The owner, reported on {@code path} when they do not work the school's CRM. */
    String check(Checks checks, String path, String schoolId, String ownerSubject) {
        if (ownerSubject == null || ownerSubject.isBlank()) {
            checks.add(path, ErrorCode.REQUIRED, "error.value.required");
            return null;
        }
        if (!works(schoolId, ownerSubject)) {
            checks.add(path, ErrorCode.INVALID, "error.crm.owner-not-worker");
            return null;
        }
        return ownerSubject;
    }

    /**
     * Who is told about an owner's overdue deal or task: the owner while they work the school's CRM, otherwise its
     * admins, who can hand the work to someone else (a reminder that reached no one would leave it forgotten).
     */
    List<String> ownerOrAdmins(String schoolId, String ownerSubject) {
        if (works(schoolId, ownerSubject)) {
            return List.of(ownerSubject);
        }
        return memberships.findActiveByTenant(Tenant.school(schoolId), Set.of(MembershipRole.SCHOOL_ADMIN),
                Limits.FAN_OUT).stream().map(Membership::subject).toList();
    }

    /** Whether the subject works the school's CRM today. */
    boolean works(String schoolId, String subject) {
        return CrmAccess.mayWork(new Actor(subject, null, null, Set.of(), memberships.findActiveBySubject(subject)),
                schoolId);
    }
}
