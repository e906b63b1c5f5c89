package fr.passerelle.enrollment.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One move of an enrollment, kept for good: from where to where, when, by whom (a subject, or {@code null} when the
 * platform moved it on a gate or a deadline) and why (a reason code, when the move has one).
 */
public record EnrollmentStep(EnrollmentState from, EnrollmentState to, Instant at, String by, String reason) {

    public EnrollmentStep {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
    }
}
