package fr.passerelle.learner.port.in;

import fr.passerelle.learner.model.Learner;
import fr.passerelle.membership.model.Actor;

/**
 * Duplicate learner profiles, for advisors and platform admins: any school can import a row with any address, so a
 * person may find profiles of other schools, or several of their own school, between them and their claim. Someone
 * else's profile and a missing one look the same (NotFoundException); a profile the actor sees but may not resolve
 * (their own school's) is a ForbiddenException.
 */
public interface DuplicateProfiles {

    /**
     * Takes an unclaimed profile out of claims: no claim matches it any more, whatever the e-mail it carries (kept as
     * the school's contact data). It stays in its school's roster. Detaching again changes nothing; a claimed profile
     * cannot be detached (INVALID_STATE on {@code id}).
     *
     * @param reason why, recorded on the profile (its history records who detached it and when, never the text)
     */
    Learner detach(Actor actor, String learnerId, String reason);

    /**
     * Retires {@code duplicateId} into {@code keepId}: the duplicate stays stored for the audit trail, marked merged,
     * but is no longer claimable, listed in rosters nor matched to offers; the kept profile keeps its own data as it
     * is. Both must carry the same e-mail and belong to the same school (or both to none): a profile of another school
     * is that school's record, so it is detached, not merged. The duplicate must be unclaimed. Merging again into the
     * same profile changes nothing.
     *
     * @return the kept profile
     */
    Learner merge(Actor actor, String keepId, String duplicateId);
}
