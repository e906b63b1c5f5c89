package fr.passerelle.learner.model;

import java.util.List;

/**
 * Narrows a list of learners; null criteria match everything.
 *
 * @param skillCodes learners holding every one of these skills
 * @param readinessMin inclusive lower bound of the stored readiness score
 * @param readinessMax inclusive upper bound
 */
public record LearnerFilter(String programCode, Integer graduationYear, List<String> skillCodes,
                            Integer readinessMin, Integer readinessMax, LearnerStatus status, String nameContains) {

    public static final LearnerFilter NONE = new LearnerFilter(null, null, List.of(), null, null, null, null);

    public LearnerFilter {
        skillCodes = skillCodes == null ? List.of() : List.copyOf(skillCodes);
    }
}
