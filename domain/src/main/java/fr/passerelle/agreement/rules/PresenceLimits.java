package fr.passerelle.agreement.rules;

import fr.passerelle.agreement.rules.ScheduleException.Absence;
import fr.passerelle.agreement.rules.ScheduleException.AbsenceKind;
import fr.passerelle.agreement.rules.ScheduleException.ExtraPresence;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Schedules and dated exceptions that cannot be right, as user errors on their input field (paths under
 * {@code terms}), before any rule counts them:
 * <ul>
 *     <li>presence over the legal maxima an intern's presence is bound by (Code de l'éducation art. L124-14, which
 *     applies the Code du travail's maximum durations): {@value #MAX_DAILY_MINUTES} minutes (10 h) a day
 *     (L3121-18) and {@value #MAX_WEEKLY_MINUTES} minutes (48 h) a calendar week (L3121-20), whether in a week of the
 *     schedule ({@code weeks.i.DAY}, {@code weeks.i}) or on a date once extra presence is added
 *     ({@code exceptions.j.minutes}, the first extra presence of that day or week);</li>
 *     <li>leave (L124-13) on a day without planned presence (a day off in the schedule, a public holiday not worked,
 *     a day another absence already empties): it would count nothing ({@code exceptions.j.date}).</li>
 * </ul>
 * A minor's tighter maxima (8 h, 35 h) depend on the intern's age, which the input does not carry: they are rules
 * ({@link MinorInternRules}). Work is one pass over the period's days, which {@link InternshipPeriod} bounds.
 */
public final class PresenceLimits {

    /** Ten hours a day (Code du travail, art. L3121-18). */
    public static final int MAX_DAILY_MINUTES = 10 * 60;
    /** Forty-eight hours a week (Code du travail, art. L3121-20). */
    public static final int MAX_WEEKLY_MINUTES = 48 * 60;

    private PresenceLimits() {
    }

    /** The problems of {@code timeline}'s schedule and exceptions, each under {@code prefix} + its path. */
    public static List<Violation> violations(PresenceTimeline timeline, String prefix) {
        InternshipPeriod period = timeline.period();
        List<Violation> violations = new ArrayList<>();
        List<WeekPattern> weeks = period.schedule().weeks();
        for (int i = 0; i < weeks.size(); i++) {
            for (Map.Entry<DayOfWeek, Integer> day : weeks.get(i).minutesByDay().entrySet()) {
                if (day.getValue() > MAX_DAILY_MINUTES) {
                    violations.add(daily(prefix + "weeks." + i + "." + day.getKey(), day.getValue()));
                }
            }
            if (weeks.get(i).weeklyMinutes() > MAX_WEEKLY_MINUTES) {
                violations.add(weekly(prefix + "weeks." + i, weeks.get(i).weeklyMinutes()));
            }
        }
        if (!violations.isEmpty()) {
            // The dates repeat the schedule's excess; the schedule's own errors say it once.
            return violations;
        }
        List<ScheduleException> exceptions = period.exceptions();
        Set<LocalDate> daysReported = new HashSet<>();
        Set<LocalDate> weeksReported = new HashSet<>();
        for (int j = 0; j < exceptions.size(); j++) {
            ScheduleException exception = exceptions.get(j);
            LocalDate date = exception.date();
            if (exception instanceof ExtraPresence) {
                int present = timeline.presentMinutesOn(date);
                if (present > MAX_DAILY_MINUTES && daysReported.add(date)) {
                    violations.add(daily(prefix + "exceptions." + j + ".minutes", present));
                }
                LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                long week = weekMinutes(timeline, monday);
                if (week > MAX_WEEKLY_MINUTES && weeksReported.add(monday)) {
                    violations.add(weekly(prefix + "exceptions." + j + ".minutes", week));
                }
            } else if (((Absence) exception).kind() == AbsenceKind.LEAVE
                    && timeline.countedMinutesOn(date) == timeline.presentMinutesOn(date)) {
                // No leave was taken from the day: it had no planned presence left to take it from.
                violations.add(Violation.of(prefix + "exceptions." + j + ".date", ErrorCode.INVALID,
                        "error.schedule.leave-on-day-off", date));
            }
        }
        return violations;
    }

    private static long weekMinutes(PresenceTimeline timeline, LocalDate monday) {
        long minutes = 0;
        for (int i = 0; i < 7; i++) {
            minutes += timeline.presentMinutesOn(monday.plusDays(i));
        }
        return minutes;
    }

    private static Violation daily(String path, long minutes) {
        return Violation.of(path, ErrorCode.OUT_OF_RANGE, "error.schedule.day-over-maximum",
                Duration.ofMinutes(minutes), Duration.ofMinutes(MAX_DAILY_MINUTES));
    }

    private static Violation weekly(String path, long minutes) {
        return Violation.of(path, ErrorCode.OUT_OF_RANGE, "error.schedule.week-over-maximum",
                Duration.ofMinutes(minutes), Duration.ofMinutes(MAX_WEEKLY_MINUTES));
    }
}
