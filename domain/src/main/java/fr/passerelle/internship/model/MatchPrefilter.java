package fr.passerelle.internship.model;

import fr.passerelle.shared.model.GeoBox;
import java.time.LocalDate;
import java.util.Set;

/**
 * What an offer must satisfy to be scored for a learner at all, as index-friendly criteria: published and not
 * started, meant for the learner's school (or for everyone), and either inside the box around their home base or
 * remote. Everything finer (exact distance, levels, dates) is the scoring's job.
 *
 * @param box        offers sited inside it, or remote; null when the learner's location does not bound the search
 *                   (no home base, or willing to relocate)
 * @param schoolId   the learner's school, null for an independent learner (who sees only untargeted offers)
 * @param skillCodes when there is no box: offers asking at least one of these skills, or none (which any learner
 *                   fits as far as skills go); empty means no restriction
 */
public record MatchPrefilter(LocalDate today, GeoBox box, String schoolId, Set<String> skillCodes) {

    public MatchPrefilter {
        skillCodes = Set.copyOf(skillCodes);
    }
}
