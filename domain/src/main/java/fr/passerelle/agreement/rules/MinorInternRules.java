package fr.passerelle.agreement.rules;

import fr.passerelle.agreement.rules.RuleFinding.Figure;
import fr.passerelle.agreement.rules.RuleFinding.Unit;
import fr.passerelle.shared.i18n.Message;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An intern under 18 on any day of the internship is a young worker for the hours of presence (Code de l'éducation,
 * art. L124-14, which applies the Code du travail's rules on maximum durations, night work, weekly rest and public
 * holidays to interns). On each day the intern is still a minor:
 * <ul>
 *     <li>{@code MINOR_DAILY_HOURS}: at most 8 hours of presence a day (L3162-1);</li>
 *     <li>{@code MINOR_WEEKLY_HOURS}: at most 35 hours a calendar week, Monday to Sunday (L3162-1), counting the
 *     week's days before the eighteenth birthday;</li>
 *     <li>{@code MINOR_NIGHT}: no presence between 22:00 and 6:00 (L3163-2). The schedule records minutes per day,
 *     not times of day, so the agreement's night presence clause decides: a minor's agreement may not provide for
 *     presence at night;</li>
 *     <li>{@code MINOR_HOLIDAYS}: no presence on a public holiday of the internship's country (L3164-6), whether the
 *     schedule plans it ({@code presenceOnHolidays}) or an extra presence falls on it;</li>
 *     <li>{@code MINOR_REST_DAYS}: two consecutive days without presence in each calendar week (L3164-2); days outside
 *     the internship are days off;</li>
 *     <li>{@code MINOR_REPRESENTATIVE}: the legal representative is named, and so signs (D124-4).</li>
 * </ul>
 * Presence is the timeline's, day by day (schedule, absences, extra presence, holidays), so each breach names its day
 * or the Monday of its week. At most {@value #DAYS_NAMED} breaches of each rule are listed: the first ones, enough to
 * correct the schedule; the finding's {@code breaches} figure gives their number. Nothing is reported for an adult or
 * an intern whose date of birth is unknown.
 */
final class MinorInternRules {

    static final int AGE_OF_MAJORITY = 18;
    static final int MAX_DAILY_MINUTES = 8 * 60;
    static final int MAX_WEEKLY_MINUTES = 35 * 60;
    static final int DAYS_NAMED = 10;

    static final String DAILY_HOURS = "MINOR_DAILY_HOURS";
    static final String WEEKLY_HOURS = "MINOR_WEEKLY_HOURS";
    static final String NIGHT = "MINOR_NIGHT";
    static final String HOLIDAYS = "MINOR_HOLIDAYS";
    static final String REST_DAYS = "MINOR_REST_DAYS";
    static final String REPRESENTATIVE = "MINOR_REPRESENTATIVE";

    private static final Message HOURS_ARTICLE = Message.of("finding.article.minor-hours");
    private static final Message NIGHT_ARTICLE = Message.of("finding.article.minor-night");
    private static final Message HOLIDAYS_ARTICLE = Message.of("finding.article.minor-holidays");
    private static final Message REST_ARTICLE = Message.of("finding.article.minor-rest");
    private static final Message REPRESENTATIVE_ARTICLE = Message.of("finding.article.minor-representative");

    private MinorInternRules() {
    }

    /**
     * @param holidays the public holidays of the internship's country in the years of the period, as far as known
     */
    static List<RuleFinding> check(PresenceTimeline timeline, InternshipConditions conditions,
                                   Set<LocalDate> holidays) {
        LocalDate birth = conditions.internBirthDate();
        InternshipPeriod period = timeline.period();
        if (birth == null) {
            return List.of();
        }
        LocalDate majority = birth.plusYears(AGE_OF_MAJORITY);
        if (!majority.isAfter(period.start())) {
            return List.of();
        }
        // The last day the intern is a minor, within the period.
        LocalDate lastMinorDay = majority.minusDays(1).isBefore(period.end()) ? majority.minusDays(1) : period.end();

        List<RuleFinding> findings = new ArrayList<>();
        findings.addAll(dailyHours(timeline, period.start(), lastMinorDay));
        findings.addAll(weeklyHoursAndRest(timeline, period.start(), lastMinorDay));
        findings.add(conditions.nightPresence()
                ? new RuleFinding(NIGHT, NIGHT_ARTICLE, Severity.BLOCKING, Message.of("finding.minor.night.stated"),
                List.of())
                : new RuleFinding(NIGHT, NIGHT_ARTICLE, Severity.INFO, Message.of("finding.minor.night.none"),
                List.of()));
        findings.addAll(holidays(timeline, period.start(), lastMinorDay, holidays));
        findings.add(conditions.legalRepresentative()
                ? new RuleFinding(REPRESENTATIVE, REPRESENTATIVE_ARTICLE, Severity.INFO,
                Message.of("finding.minor.representative.named"), List.of())
                : new RuleFinding(REPRESENTATIVE, REPRESENTATIVE_ARTICLE, Severity.BLOCKING,
                Message.of("finding.minor.representative.missing"), List.of()));
        return findings;
    }

    private static List<RuleFinding> dailyHours(PresenceTimeline timeline, LocalDate first, LocalDate last) {
        List<LocalDate> over = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (timeline.presentMinutesOn(day) > MAX_DAILY_MINUTES) {
                over.add(day);
            }
        }
        Duration limit = Duration.ofMinutes(MAX_DAILY_MINUTES);
        if (over.isEmpty()) {
            return List.of(new RuleFinding(DAILY_HOURS, HOURS_ARTICLE, Severity.INFO,
                    Message.of("finding.minor.daily-hours.within", limit), limits(MAX_DAILY_MINUTES, 0)));
        }
        return over.stream().limit(DAYS_NAMED).map(day -> new RuleFinding(DAILY_HOURS, HOURS_ARTICLE,
                Severity.BLOCKING, Message.of("finding.minor.daily-hours.over", day,
                Duration.ofMinutes(timeline.presentMinutesOn(day)), limit),
                limits(MAX_DAILY_MINUTES, over.size()))).toList();
    }

    /** Week by week, Monday to Sunday, from the week of the first day to the week of the last minor day. */
    private static List<RuleFinding> weeklyHoursAndRest(PresenceTimeline timeline, LocalDate first, LocalDate last) {
        List<LocalDate> overWeeks = new ArrayList<>();
        List<Long> overMinutes = new ArrayList<>();
        List<LocalDate> restlessWeeks = new ArrayList<>();
        for (LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
             !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            long minutes = 0;
            boolean restedYesterday = false;
            boolean twoRestDays = false;
            for (int i = 0; i < 7; i++) {
                LocalDate day = monday.plusDays(i);
                int present = timeline.presentMinutesOn(day);
                if (!day.isBefore(first) && !day.isAfter(last)) {
                    minutes += present;
                }
                boolean rest = present == 0;
                twoRestDays |= rest && restedYesterday;
                restedYesterday = rest;
            }
            if (minutes > MAX_WEEKLY_MINUTES) {
                overWeeks.add(monday);
                overMinutes.add(minutes);
            }
            if (!twoRestDays) {
                restlessWeeks.add(monday);
            }
        }
        Duration limit = Duration.ofMinutes(MAX_WEEKLY_MINUTES);
        List<RuleFinding> findings = new ArrayList<>();
        if (overWeeks.isEmpty()) {
            findings.add(new RuleFinding(WEEKLY_HOURS, HOURS_ARTICLE, Severity.INFO,
                    Message.of("finding.minor.weekly-hours.within", limit), limits(MAX_WEEKLY_MINUTES, 0)));
        }
        for (int i = 0; i < Math.min(DAYS_NAMED, overWeeks.size()); i++) {
            findings.add(new RuleFinding(WEEKLY_HOURS, HOURS_ARTICLE, Severity.BLOCKING,
                    Message.of("finding.minor.weekly-hours.over", overWeeks.get(i),
                            Duration.ofMinutes(overMinutes.get(i)), limit),
                    limits(MAX_WEEKLY_MINUTES, overWeeks.size())));
        }
        if (restlessWeeks.isEmpty()) {
            findings.add(new RuleFinding(REST_DAYS, REST_ARTICLE, Severity.INFO,
                    Message.of("finding.minor.rest-days.respected"), List.of()));
        }
        restlessWeeks.stream().limit(DAYS_NAMED).forEach(monday -> findings.add(new RuleFinding(REST_DAYS,
                REST_ARTICLE, Severity.BLOCKING, Message.of("finding.minor.rest-days.missing", monday),
                List.of(new Figure("breaches", restlessWeeks.size(), Unit.DAYS)))));
        return findings;
    }

    private static List<RuleFinding> holidays(PresenceTimeline timeline, LocalDate first, LocalDate last,
                                              Set<LocalDate> holidays) {
        List<LocalDate> worked = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (holidays.contains(day) && timeline.presentMinutesOn(day) > 0) {
                worked.add(day);
            }
        }
        if (worked.isEmpty()) {
            return List.of(new RuleFinding(HOLIDAYS, HOLIDAYS_ARTICLE, Severity.INFO,
                    Message.of("finding.minor.holidays.none"), List.of()));
        }
        return worked.stream().limit(DAYS_NAMED).map(day -> new RuleFinding(HOLIDAYS, HOLIDAYS_ARTICLE,
                Severity.BLOCKING, Message.of("finding.minor.holidays.present", day,
                Duration.ofMinutes(timeline.presentMinutesOn(day))),
                List.of(new Figure("breaches", worked.size(), Unit.DAYS)))).toList();
    }

    private static List<Figure> limits(int limitMinutes, int breaches) {
        return List.of(new Figure("limitMinutes", limitMinutes, Unit.MINUTES),
                new Figure("breaches", breaches, Unit.DAYS));
    }

    /**
     * The public holidays of the period's country in its calendar years, where the source knows them; a host abroad's
     * days off when the parties entered them.
     */
    static Set<LocalDate> holidaysOf(InternshipPeriod period, PublicHolidays source) {
        if (!period.hostDaysOff().isEmpty()) {
            // A host abroad's days off as the parties entered them stand for its country's holidays, as in counting.
            return Set.copyOf(period.hostDaysOff());
        }
        Set<LocalDate> all = new HashSet<>();
        for (int year = period.start().getYear(); year <= period.end().getYear(); year++) {
            source.holidays(period.country(), year).ifPresent(all::addAll);
        }
        return all;
    }
}
