package fr.passerelle.enrollment.service;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what with a school's enrollments:
 * <ul>
 *   <li>admins and admissions work every enrollment of their school (dossier, funding, contract, transitions);</li>
 *   <li>finance reads them and works payments, refunds and invoices;</li>
 *   <li>the learner ({@link Enrollment#learnerSubject()}) sees their own and completes it: uploads, signs, pays,
 *       withdraws;</li>
 *   <li>anyone else (trainers and staff of the school included, other schools, companies, platform admins, advisors,
 *       partner clients) sees nothing, reported exactly like a missing enrollment.</li>
 * </ul>
 */
public final class EnrollmentAccess {

    public static final String TYPE = Enrollment.TYPE;

    private static final Set<MembershipRole> WORKERS = Set.of(MembershipRole.SCHOOL_ADMIN, MembershipRole.ADMISSIONS);
    private static final Set<MembershipRole> FINANCE = Set.of(MembershipRole.SCHOOL_ADMIN, MembershipRole.FINANCE);
    private static final Set<MembershipRole> STAFF_READERS = Set.of(MembershipRole.SCHOOL_ADMIN,
            MembershipRole.ADMISSIONS, MembershipRole.FINANCE);

    private EnrollmentAccess() {
    }

    /** Staff who see every enrollment of the school. */
    public static boolean mayReadSchool(Actor actor, String schoolId) {
        return holds(actor, schoolId, STAFF_READERS);
    }

    public static boolean mayRead(Actor actor, Enrollment enrollment) {
        return isLearner(actor, enrollment) || mayReadSchool(actor, enrollment.schoolId());
    }

    public static boolean isLearner(Actor actor, Enrollment enrollment) {
        return !actor.isPartnerClient() && enrollment.learnerSubject() != null
                && enrollment.learnerSubject().equals(actor.subject());
    }

    public static boolean mayWork(Actor actor, String schoolId) {
        return holds(actor, schoolId, WORKERS);
    }

    /**
     * Who reads the dossier's documents (identity, guardian's ID, diplomas): admins and admissions, and the learner
     * their own. Finance, who read the enrollment for payments, have no need to know them.
     */
    public static boolean mayReadDossier(Actor actor, Enrollment enrollment) {
        return isLearner(actor, enrollment) || mayWork(actor, enrollment.schoolId());
    }

    public static boolean mayWorkPayments(Actor actor, String schoolId) {
        return holds(actor, schoolId, FINANCE);
    }

    /**
     * The stored enrollment, for the {@code require…} checks that follow (a missing one and one the actor may not see
     * are then the same NOT_FOUND). @throws NotFoundException when there is none
     */
    public static Enrollment load(Enrollments enrollments, String enrollmentId) {
        return (enrollmentId == null ? Optional.<Enrollment>empty() : enrollments.findById(enrollmentId))
                .orElseThrow(() -> new NotFoundException(TYPE, enrollmentId));
    }

    /** @throws NotFoundException when the actor may not see it at all */
    public static Enrollment requireRead(Actor actor, Enrollment enrollment) {
        if (!mayRead(actor, enrollment)) {
            throw new NotFoundException(TYPE, enrollment.id());
        }
        return enrollment;
    }

    /** Staff work (admins, admissions). @throws NotFoundException when unseen, ForbiddenException when only seen */
    public static Enrollment requireWork(Actor actor, Enrollment enrollment) {
        requireRead(actor, enrollment);
        if (!mayWork(actor, enrollment.schoolId())) {
            throw new ForbiddenException("error.forbidden.enrollment");
        }
        return enrollment;
    }

    /** Staff work, or the learner completing their own enrollment. */
    public static Enrollment requireWorkOrOwn(Actor actor, Enrollment enrollment) {
        return isLearner(actor, enrollment) ? enrollment : requireWork(actor, enrollment);
    }

    /** Payments, refunds, invoices: admins and finance. */
    public static Enrollment requirePayments(Actor actor, Enrollment enrollment) {
        requireRead(actor, enrollment);
        if (!mayWorkPayments(actor, enrollment.schoolId())) {
            throw new ForbiddenException("error.forbidden.enrollment");
        }
        return enrollment;
    }

    private static boolean holds(Actor actor, String schoolId, Set<MembershipRole> roles) {
        Tenant school = Tenant.school(schoolId);
        return !actor.isPartnerClient() && actor.memberships().stream()
                .anyMatch(m -> m.tenant().equals(school) && roles.contains(m.role()));
    }
}
