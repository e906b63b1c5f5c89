package fr.passerelle.agreement.rules;

import fr.passerelle.agreement.rules.ScheduleException.Absence;
import fr.passerelle.agreement.rules.ScheduleException.AbsenceKind;
import fr.passerelle.agreement.rules.ScheduleException.ExtraPresence;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The presence of one internship, day by day, as D124-6 counts it: the schedule's minutes, none on the public
 * holidays of the internship's country (unless the agreement expects presence on them), minus absences, plus extra
 * presence.
 *
 * <p>Each day has two figures. The <em>counted</em> minutes make the duration of the internship (six-month cap,
 * two-month threshold): presence plus the leave of L124-13 ({@link AbsenceKind#LEAVE}). The <em>present</em> minutes
 * are the hours actually spent in the host, for which D124-8 owes the minimum gratification.
 *
 * <p>A day's absences are taken from its planned minutes, other absences first, and never take more than planned;
 * extra presence is then added. Time is attributed to the day it happens: a period across 31 August splits between two
 * academic years, one across 31 December between two rates of gratification.
 */
public final class PresenceTimeline {

    private final InternshipPeriod period;
    private final NavigableMap<LocalDate, Day> days;
    private final List<Integer> yearsWithoutHolidayData;

    private PresenceTimeline(InternshipPeriod period, NavigableMap<LocalDate, Day> days,
                             List<Integer> yearsWithoutHolidayData) {
        this.period = period;
        this.days = days;
        this.yearsWithoutHolidayData = yearsWithoutHolidayData;
    }

    public static PresenceTimeline of(InternshipPeriod period, PublicHolidays holidays) {
        Map<LocalDate, List<ScheduleException>> exceptions = new HashMap<>();
        period.exceptions().forEach(e -> exceptions.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e));
        Map<Integer, Set<LocalDate>> holidaysByYear = new HashMap<>();
        List<Integer> yearsWithoutData = new ArrayList<>();
        if (!period.presenceOnHolidays() && !period.hostDaysOff().isEmpty()) {
            // The host's own days off, entered by the parties, replace any source's: their years are known.
            period.hostDaysOff().forEach(day -> holidaysByYear.computeIfAbsent(day.getYear(), y -> new HashSet<>())
                    .add(day));
        } else if (!period.presenceOnHolidays()) {
            for (int year = period.start().getYear(); year <= period.end().getYear(); year++) {
                Optional<Set<LocalDate>> known = holidays.holidays(period.country(), year);
                holidaysByYear.put(year, known.orElse(Set.of()));
                if (known.isEmpty()) {
                    yearsWithoutData.add(year);
                }
            }
        }
        NavigableMap<LocalDate, Day> days = new TreeMap<>();
        for (LocalDate date = period.start(); !date.isAfter(period.end()); date = date.plusDays(1)) {
            boolean holiday = holidaysByYear.getOrDefault(date.getYear(), Set.of()).contains(date);
            int planned = holiday ? 0 : period.schedule().minutesOn(date, period.start());
            days.put(date, Day.of(planned, exceptions.getOrDefault(date, List.of())));
        }
        return new PresenceTimeline(period, Collections.unmodifiableNavigableMap(days), List.copyOf(yearsWithoutData));
    }

    public InternshipPeriod period() {
        return period;
    }

    /** The duration of the internship: counted minutes over the whole period. */
    public Presence presence() {
        return sumCounted(days);
    }

    /** The part of the duration that falls in {@code year}. */
    public Presence presenceIn(AcademicYear year) {
        return sumCounted(days.subMap(year.firstDay(), true, year.lastDay(), true));
    }

    /** The part of the duration that falls in {@code year} up to and including {@code lastDay}. */
    public Presence presenceIn(AcademicYear year, LocalDate lastDay) {
        LocalDate until = lastDay.isBefore(year.lastDay()) ? lastDay : year.lastDay();
        return until.isBefore(year.firstDay()) ? Presence.NONE
                : sumCounted(days.subMap(year.firstDay(), true, until, true));
    }

    /** The duration up to and including {@code lastDay} (an internship stopped early). */
    public Presence presenceUntil(LocalDate lastDay) {
        return sumCounted(days.headMap(lastDay, true));
    }

    /** The academic years the period's days fall in, in order; never empty. */
    public SortedSet<AcademicYear> academicYears() {
        SortedSet<AcademicYear> years = new TreeSet<>();
        for (int y = AcademicYear.of(period.start()).startYear(); y <= AcademicYear.of(period.end()).startYear(); y++) {
            years.add(new AcademicYear(y));
        }
        return Collections.unmodifiableSortedSet(years);
    }

    /** Present minutes (what the minimum gratification is due for) in each calendar month of the period, in order. */
    public SortedMap<YearMonth, Long> presentMinutesByMonth() {
        SortedMap<YearMonth, Long> months = new TreeMap<>();
        days.forEach((date, day) -> months.merge(YearMonth.from(date), (long) day.present(), Long::sum));
        return Collections.unmodifiableSortedMap(months);
    }

    /** Minutes counted towards the duration on {@code date}; 0 outside the period. */
    public int countedMinutesOn(LocalDate date) {
        return days.getOrDefault(date, Day.NOTHING).counted();
    }

    /** Minutes actually present on {@code date}; 0 outside the period. */
    public int presentMinutesOn(LocalDate date) {
        return days.getOrDefault(date, Day.NOTHING).present();
    }

    /**
     * The calendar years of the period for which the holiday source had no data for the internship's country: no
     * holiday was deducted in them, and the caller should say so. Empty when presence on holidays is expected.
     */
    public List<Integer> yearsWithoutHolidayData() {
        return yearsWithoutHolidayData;
    }

    private static Presence sumCounted(Map<LocalDate, Day> days) {
        return new Presence(days.values().stream().mapToLong(Day::counted).sum());
    }

    /** One day: minutes counted towards the duration, and minutes present. */
    private record Day(int counted, int present) {

        static final Day NOTHING = new Day(0, 0);

        static Day of(int planned, List<ScheduleException> exceptions) {
            int other = 0;
            int leave = 0;
            int extra = 0;
            for (ScheduleException exception : exceptions) {
                if (exception instanceof ExtraPresence presence) {
                    extra += presence.minutes();
                } else if (((Absence) exception).kind() == AbsenceKind.LEAVE) {
                    leave += exception.minutes();
                } else {
                    other += exception.minutes();
                }
            }
            int remaining = Math.max(0, planned - other);
            int leaveTaken = Math.min(leave, remaining);
            int present = remaining - leaveTaken + extra;
            return new Day(present + leaveTaken, present);
        }
    }
}
