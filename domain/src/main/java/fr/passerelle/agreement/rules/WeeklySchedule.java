package fr.passerelle.agreement.rules;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;

/**
 * The planned presence of an internship: one week repeated, or a rotation of weeks (week A, week B…) repeated in order.
 * The rotation starts with its first week in the calendar week (Monday to Sunday) of the internship's first day, so an
 * internship starting on a Wednesday is in week A until that Sunday and in week B from the next Monday.
 */
public record WeeklySchedule(List<WeekPattern> weeks) {

    public WeeklySchedule {
        weeks = List.copyOf(Objects.requireNonNull(weeks, "weeks"));
        if (weeks.isEmpty()) {
            throw BusinessRuleViolation.of("weeks", ErrorCode.REQUIRED, "error.schedule.no-week");
        }
    }

    public static WeeklySchedule regular(WeekPattern week) {
        return new WeeklySchedule(List.of(week));
    }

    /** Weeks taken in turn: {@code rotating(weekA, weekB)} alternates A, B, A, B… */
    public static WeeklySchedule rotating(WeekPattern... weeks) {
        return new WeeklySchedule(List.of(weeks));
    }

    /** The minutes planned on {@code date} for a rotation started in the week of {@code firstDay}. */
    public int minutesOn(LocalDate date, LocalDate firstDay) {
        long weeksSinceStart = ChronoUnit.WEEKS.between(monday(firstDay), monday(date));
        return weeks.get(Math.floorMod(weeksSinceStart, weeks.size())).minutesOn(date.getDayOfWeek());
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
