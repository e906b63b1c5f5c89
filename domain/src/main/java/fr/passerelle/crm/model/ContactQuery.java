package fr.passerelle.crm.model;

import fr.passerelle.consent.model.ConsentPurpose;
import java.time.Instant;
import java.util.Set;

/**
 * Which of a school's active contacts to list or count, in absolute terms the store matches (a segment's filter
 * resolved against today's date). Built only from validated values, never from text a user typed. Empty sets and
 * nulls do not filter.
 *
 * @param stageTarget         the target kind {@code stages} apply to; null for any target
 * @param birthYearMin        the earliest birth year (the oldest age), or null
 * @param interactionBefore   only contacts with no interaction since this instant (never included), or null
 * @param consent             only contacts linked to a platform user; whether that user granted the purpose is
 *                            checked in the consent ledger after the store's read
 */
public record ContactQuery(Set<ContactRole> roles, String stageTarget, Set<LifecycleStage> stages,
                           Set<ContactSource> sources, Set<ContactSituation> situations, Set<String> tagsAny,
                           Set<String> tagsAll, Integer birthYearMin, Integer birthYearMax, Set<String> departments,
                           Instant interactionBefore, ConsentPurpose consent) {

    /** Every active contact. */
    public static final ContactQuery ALL = new ContactQuery(Set.of(), null, Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), null, null, Set.of(), null, null);

    public ContactQuery {
        roles = Set.copyOf(roles);
        stages = Set.copyOf(stages);
        sources = Set.copyOf(sources);
        situations = Set.copyOf(situations);
        tagsAny = Set.copyOf(tagsAny);
        tagsAll = Set.copyOf(tagsAll);
        departments = Set.copyOf(departments);
    }
}
