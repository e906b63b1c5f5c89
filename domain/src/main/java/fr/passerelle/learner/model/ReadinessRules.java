package fr.passerelle.learner.model;

import java.time.LocalDate;
import java.util.List;

/** The job-readiness computation. Placeholder until the rules land. */
final class ReadinessRules {

    private ReadinessRules() {
    }

    static JobReadiness assess(Learner learner, LocalDate day) {
        return new JobReadiness(0, List.of());
    }
}
