package fr.passerelle.agreement.rules;

import fr.passerelle.shared.model.DateRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The last internship on the same post, for the waiting period of L124-11.
 *
 * @param period the days it ran: from its first day to its last day of presence (an interrupted one, to the day it
 *               stopped)
 * @param ending how it ended, which decides whether the wait applies
 */
public record PreviousInternship(DateRange period, Ending ending) {

    /** How the previous internship ended. */
    public enum Ending {
        /** At its term, or not yet, or before it at the host's or the school's initiative: the wait applies. */
        AT_TERM,
        /** Before its term at the intern's initiative: L124-11 sets no wait. */
        INTERRUPTED_BY_INTERN,
        /** Before its term, at an initiative not stated when the interruption was recorded: the wait may not apply. */
        INTERRUPTED
    }

    public PreviousInternship {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(ending, "ending");
    }

    /** The first day a new internship on the post may start: after a third of this one has passed since it ended. */
    public LocalDate earliestNextStart() {
        return period.end().plusDays(waitingDays() + 1);
    }

    long days() {
        return ChronoUnit.DAYS.between(period.start(), period.end()) + 1;
    }

    /** A third of its calendar duration, rounded up to a whole day so that the wait is never shorter than the law's. */
    long waitingDays() {
        return GratificationRates.ceilDiv(days(), WaitingPeriodRule.WAIT_DIVISOR);
    }
}
