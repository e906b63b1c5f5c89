package fr.passerelle.learner.service;

import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerName;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;

/**
 * Who may do what with a learner's profile. Reading: the learner, their school's staff, advisors and platform
 * admins; companies nothing (applications will share chosen parts later). Editing the personal parts (identity,
 * skills, background, career): the learner and platform admins. Editing the academic part: the school's staff and
 * platform admins, and the learner while they belong to no school. Detaching and merging duplicate profiles: advisors
 * and platform admins, who see every school's rows (a school sees only its own, so it cannot tell a duplicate).
 */
final class LearnerAccess {

    private LearnerAccess() {
    }

    static boolean canRead(Actor actor, Learner learner) {
        return actor.readsEverything() || learner.belongsTo(actor.subject()) || isStaffOf(actor, learner);
    }

    /** The same rule as for the whole profile, from the fields it depends on. */
    static boolean canRead(Actor actor, LearnerName learner) {
        return actor.readsEverything() || (learner.subject() != null && learner.subject().equals(actor.subject()))
                || isStaffOf(actor, learner.schoolId());
    }

    static boolean canEditPersonal(Actor actor, Learner learner) {
        return actor.isPlatformAdmin() || learner.belongsTo(actor.subject());
    }

    static boolean canEditAcademic(Actor actor, Learner learner) {
        return actor.isPlatformAdmin() || isStaffOf(actor, learner)
                || (learner.academic().isIndependent() && learner.belongsTo(actor.subject()));
    }

    static boolean canResolveDuplicates(Actor actor) {
        return actor.readsEverything();
    }

    private static boolean isStaffOf(Actor actor, Learner learner) {
        return isStaffOf(actor, learner.academic().schoolId());
    }

    private static boolean isStaffOf(Actor actor, String schoolId) {
        return schoolId != null && actor.isMemberOf(Tenant.school(schoolId));
    }
}
