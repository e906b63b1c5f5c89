package fr.passerelle.agreement.rules;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.LocalDate;
import java.util.Objects;

/** A dated departure from the weekly schedule: minutes of an absence, or minutes of presence beyond the schedule. */
public sealed interface ScheduleException permits ScheduleException.Absence, ScheduleException.ExtraPresence {

    LocalDate date();

    int minutes();

    /** Why the intern was away, which decides whether the time still counts as presence. */
    enum AbsenceKind {
        /**
         * Leave or authorised absence granted under L124-13 (the agreement provides for them above two months). D124-6
         * counts presence "sous réserve de l'application de l'article L. 124-13", read here, as universities and
         * service-public.fr do, as: such leave counts towards the duration (six-month cap, two-month threshold). It
         * is not an hour of presence for the minimum gratification, which D124-8 owes "pour chaque heure de
         * présence"; paying it is the host's choice.
         */
        LEAVE,
        /** Any other absence (illness, unjustified, school days…): neither presence nor gratification. */
        OTHER
    }

    /** Minutes not worked on a date that the schedule plans; an absence beyond the planned minutes removes no more. */
    record Absence(LocalDate date, int minutes, AbsenceKind kind) implements ScheduleException {

        public Absence {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
            requireMinutes(minutes);
        }
    }

    /** Minutes of presence beyond the schedule on a date: a longer day, a Saturday, a public holiday worked. */
    record ExtraPresence(LocalDate date, int minutes) implements ScheduleException {

        public ExtraPresence {
            Objects.requireNonNull(date, "date");
            requireMinutes(minutes);
        }
    }

    private static void requireMinutes(int minutes) {
        if (minutes <= 0 || minutes > WeekPattern.MAX_MINUTES_PER_DAY) {
            throw BusinessRuleViolation.of("minutes", ErrorCode.OUT_OF_RANGE,
                    "error.minutes.out-of-range", 1, WeekPattern.MAX_MINUTES_PER_DAY);
        }
    }
}
