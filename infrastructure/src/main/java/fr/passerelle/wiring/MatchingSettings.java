package fr.passerelle.wiring;

import fr.passerelle.internship.model.MatchWeights;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The weights of the match score ({@code passerelle.matching.weights.*}); unset, each takes its default from
 * {@link MatchWeights#DEFAULT}. They must add up to 100, or start-up fails naming their sum.
 */
@ConfigurationProperties("passerelle.matching.weights")
record MatchingSettings(Integer skills, Integer distance, Integer dates, Integer specialisation, Integer partnership,
                        Integer languages) {

    MatchWeights weights() {
        MatchWeights defaults = MatchWeights.DEFAULT;
        return new MatchWeights(or(skills, defaults.skills()), or(distance, defaults.distance()),
                or(dates, defaults.dates()), or(specialisation, defaults.specialisation()),
                or(partnership, defaults.partnership()), or(languages, defaults.languages()));
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
