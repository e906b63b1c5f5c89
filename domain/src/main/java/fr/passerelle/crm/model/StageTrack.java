package fr.passerelle.crm.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A contact's lifecycle stage for one target kind (say, {@code TRAINING_ORGANISATION}), since when, and the stages
 * it went through before with the time spent in each.
 *
 * @param by      who moved it there (token subject, or {@code system})
 * @param history the earlier stages, oldest first, at most {@link #MAX_HISTORY} (the oldest are dropped)
 */
public record StageTrack(String target, LifecycleStage stage, Instant since, String by, List<Period> history) {

    /** Bounded so a contact moved back and forth for years stays a small document. */
    public static final int MAX_HISTORY = 50;

    /** A stage held from {@code from} to {@code to}, moved there by {@code by}. */
    public record Period(LifecycleStage stage, Instant from, Instant to, String by) {

        public Duration spent() {
            return Duration.between(from, to);
        }
    }

    public StageTrack {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(since, "since");
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static StageTrack start(String target, LifecycleStage stage, String by, Instant now) {
        return new StageTrack(target, stage, now, by, List.of());
    }

    /** This track moved to {@code next}; the stage it leaves joins the history. Moving to the same stage is a no-op. */
    public StageTrack movedTo(LifecycleStage next, String mover, Instant now) {
        if (next == stage) {
            return this;
        }
        List<Period> periods = new ArrayList<>(history);
        periods.add(new Period(stage, since, now, by));
        while (periods.size() > MAX_HISTORY) {
            periods.remove(0);
        }
        return new StageTrack(target, next, now, mover, periods);
    }

    /** Time spent in the current stage so far. */
    public Duration spentSoFar(Instant now) {
        return Duration.between(since, now);
    }
}
