package fr.passerelle.internship.model;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;

/**
 * How much each criterion weighs in a match score, out of {@value #TOTAL}: named configuration
 * ({@code passerelle.matching.weights.*}), not constants buried in the computation.
 */
public record MatchWeights(int skills, int distance, int dates, int specialisation, int partnership,
                           int languages) {

    public static final int TOTAL = 100;

    /**
     * Skills first (what the work needs), then whether the learner can get there and is free then; specialisation
     * and languages refine; the school's partnership tier only nudges (seed 003: tiers boost visibility).
     */
    public static final MatchWeights DEFAULT = new MatchWeights(40, 20, 15, 10, 5, 10);

    public MatchWeights {
        int sum = skills + distance + dates + specialisation + partnership + languages;
        if (skills < 0 || distance < 0 || dates < 0 || specialisation < 0 || partnership < 0 || languages < 0
                || sum != TOTAL) {
            throw BusinessRuleViolation.of("weights", ErrorCode.INVALID,
                    "error.matching.weights", TOTAL, sum);
        }
    }
}
