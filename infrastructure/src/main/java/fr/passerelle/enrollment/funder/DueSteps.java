package fr.passerelle.enrollment.funder;

import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The fake funders' clockwork: a file's next step is due at the start of its day (Paris); the first read or command
 * on that day or later takes it, and as many more as time allows, each notified as of the start of its own day.
 */
final class DueSteps {

    /** Takes a file's step due on {@code due} and notifies it; answers the file moved. */
    interface Step<F> {
        F take(F file, LocalDate due);
    }

    private DueSteps() {
    }

    /**
     * @param nextStepOn the day a file's next step is due, null when nothing more happens by itself
     */
    static <F> void apply(Clock clock, Collection<F> files, Function<F, LocalDate> nextStepOn, Step<F> step) {
        LocalDate today = PlatformCalendar.today(clock);
        for (F file : List.copyOf(files)) {
            F current = file;
            for (LocalDate due = nextStepOn.apply(current); due != null && !today.isBefore(due);
                 due = nextStepOn.apply(current)) {
                current = step.take(current, due);
            }
        }
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(PlatformCalendar.ZONE).toInstant();
    }
}
