package fr.passerelle.learner.model;

import fr.passerelle.shared.i18n.Message;
import java.time.LocalDate;
import java.util.List;

/**
 * How ready a learner is for a job, 0–100, with its parts, so the learner sees what to improve. Computed from the
 * profile alone, deterministically for a given day.
 */
public record JobReadiness(int score, List<Part> parts) {

    public JobReadiness {
        parts = List.copyOf(parts);
    }

    /** The readiness of the profile on that day (expired habilitations and certifications no longer count). */
    public static JobReadiness of(Learner learner, LocalDate day) {
        return ReadinessRules.assess(learner, day);
    }

    /**
     * One criterion's contribution.
     *
     * @param advice what would raise it, or null when it is full; rendered in the reader's language
     */
    public record Part(ReadinessCriterion criterion, int points, int maxPoints, Message advice) {
    }
}
