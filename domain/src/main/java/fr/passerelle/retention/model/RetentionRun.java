package fr.passerelle.retention.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one run of the retention job did: per policy and provider, how many records it deleted or pseudonymised, and
 * which providers failed (the run goes on with the others; the next night tries them again).
 */
public record RetentionRun(String id, Instant startedAt, Instant finishedAt, List<Step> steps) {

    public RetentionRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        steps = List.copyOf(steps);
    }

    /**
     * One provider applying one policy.
     *
     * @param expiredBefore the trigger time before which records went
     * @param failure       the exception's type when the provider failed (never its message, which may hold data)
     */
    public record Step(String dataClass, String feature, Instant expiredBefore, int deleted, int pseudonymised,
                       String failure) {

        public Step {
            Objects.requireNonNull(dataClass, "dataClass");
            Objects.requireNonNull(feature, "feature");
            Objects.requireNonNull(expiredBefore, "expiredBefore");
        }
    }
}
