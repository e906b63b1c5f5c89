package fr.passerelle.agreement.rules;

import static fr.passerelle.agreement.rules.AgreementTestData.date;
import static fr.passerelle.agreement.rules.AgreementTestData.fullTime;
import static fr.passerelle.agreement.rules.AgreementTestData.hours;
import static fr.passerelle.agreement.rules.AgreementTestData.period;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import fr.passerelle.agreement.rules.AgreementTestData.PeriodBuilder;
import fr.passerelle.agreement.rules.ScheduleException.AbsenceKind;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Presence counted from schedules, holidays and exceptions; calendars checked by hand (2026-07-01 is a Wednesday). */
class PresenceTimelineTest {

    private static final HolidayCalendar GERMANY_2025 = new HolidayCalendar(Map.of("DE", List.of(
            date("2025-01-01"), date("2025-04-18"), date("2025-04-21"), date("2025-05-01"), date("2025-05-29"),
            date("2025-06-09"), date("2025-10-03"), date("2025-12-25"), date("2025-12-26"))));

    private static PresenceTimeline timeline(PeriodBuilder period) {
        return PresenceTimeline.of(period.build(), PublicHolidays.france().or(GERMANY_2025));
    }

    @ParameterizedTest(name = "{0} to {1}: {2} h")
    @CsvSource({
            // July 2026: 23 weekdays, Tuesday 14 July off: 22 days, 154 h, one month.
            "2026-07-01, 2026-07-31, 154",
            // August 2025: 21 weekdays, Friday 15 August off: 20 days.
            "2025-08-01, 2025-08-31, 140",
            // August 2026: 15 August is a Saturday, nothing to take off: 21 days.
            "2026-08-01, 2026-08-31, 147",
            // May 2026: 1 May, 8 May, Ascension 14 May and Whit Monday 25 May all fall on weekdays: 17 days.
            "2026-05-01, 2026-05-31, 119",
            // A week with Easter Monday 6 April 2026.
            "2026-04-06, 2026-04-10, 28",
            // 1 September to 30 October 2026: 44 days, exactly two months.
            "2026-09-01, 2026-10-30, 308",
            // 5 January to 15 July 2026: 132 days, exactly six months.
            "2026-01-05, 2026-07-15, 924",
            "2026-01-05, 2026-07-16, 931",
            // A weekend alone.
            "2026-03-07, 2026-03-08, 0",
    })
    void full_time_presence_leaves_out_weekends_and_french_public_holidays(String start, String end, long hours) {
        assertThat(timeline(fullTime(start, end)).presence()).isEqualTo(hours(hours));
    }

    @Test
    void a_month_of_22_days_of_7_hours_is_one_month_of_the_law() {
        Presence july = timeline(fullTime("2026-07-01", "2026-07-31")).presence();

        assertThat(july.days()).isEqualTo(22);
        assertThat(july.months()).isEqualTo(1);
        assertThat(july.daysBeyondMonths()).isZero();
    }

    @Test
    void the_schedule_counts_on_holidays_when_the_agreement_expects_presence_then() {
        PresenceTimeline july = timeline(fullTime("2026-07-01", "2026-07-31").presenceOnHolidays());

        assertThat(july.presence()).isEqualTo(hours(161));
        assertThat(july.presentMinutesOn(date("2026-07-14"))).isEqualTo(420);
        assertThat(july.yearsWithoutHolidayData()).isEmpty();
    }

    @Test
    void part_time_three_days_a_week_over_eight_weeks() {
        WeeklySchedule threeDays = WeeklySchedule.regular(WeekPattern.days(420, MONDAY, TUESDAY, THURSDAY));

        Presence presence = timeline(period("2026-09-07", "2026-10-30", threeDays)).presence();

        assertThat(presence).isEqualTo(hours(8 * 3 * 7));
        assertThat(presence.days()).isEqualTo(24);
        assertThat(presence.months()).isEqualTo(1);
        assertThat(presence.daysBeyondMonths()).isEqualTo(2);
    }

    @Test
    void part_time_with_a_half_day_keeps_the_minutes_beyond_the_last_day() {
        WeeklySchedule week = WeeklySchedule.regular(WeekPattern.days(420, MONDAY).with(WEDNESDAY, 210));

        Presence presence = timeline(period("2026-09-07", "2026-09-27", week)).presence();

        assertThat(presence.totalMinutes()).isEqualTo(3 * (420 + 210));
        assertThat(presence.days()).isEqualTo(4);
        assertThat(presence.minutesBeyondDays()).isEqualTo(210);
    }

    @ParameterizedTest(name = "{0} to {1}: {2} h")
    @CsvSource({
            // Four whole weeks A, B, A, B: 35 + 21 + 35 + 21.
            "2026-09-07, 2026-10-04, 112",
            // Starting on a Wednesday: Wednesday to Friday of week A, then week B.
            "2026-09-09, 2026-09-20, 42",
            // Weeks A, B, A from 11 May 2026, Ascension (14 May) and Whit Monday (25 May) off: 28 + 21 + 28.
            "2026-05-11, 2026-05-31, 77",
    })
    void irregular_weeks_alternate_from_the_first_week(String start, String end, long hours) {
        WeeklySchedule weeksAB = WeeklySchedule.rotating(WeekPattern.FULL_TIME,
                WeekPattern.days(420, MONDAY, TUESDAY, WEDNESDAY));

        assertThat(timeline(period(start, end, weeksAB)).presence()).isEqualTo(hours(hours));
    }

    @Test
    void a_one_day_internship_counts_its_day() {
        Presence presence = timeline(fullTime("2026-03-10", "2026-03-10")).presence();

        assertThat(presence).isEqualTo(hours(7));
        assertThat(presence.days()).isEqualTo(1);
        assertThat(presence.months()).isZero();
    }

    @Test
    void other_absences_are_neither_duration_nor_presence() {
        PresenceTimeline week = timeline(fullTime("2026-03-09", "2026-03-13")
                .absent("2026-03-11", 180, AbsenceKind.OTHER));

        assertThat(week.presence()).isEqualTo(hours(32));
        assertThat(week.countedMinutesOn(date("2026-03-11"))).isEqualTo(240);
        assertThat(week.presentMinutesOn(date("2026-03-11"))).isEqualTo(240);
    }

    @Test
    void leave_counts_towards_the_duration_but_is_not_presence() {
        PresenceTimeline week = timeline(fullTime("2026-03-09", "2026-03-13")
                .absent("2026-03-12", 420, AbsenceKind.LEAVE));

        assertThat(week.presence()).isEqualTo(hours(35));
        assertThat(week.countedMinutesOn(date("2026-03-12"))).isEqualTo(420);
        assertThat(week.presentMinutesOn(date("2026-03-12"))).isZero();
        assertThat(week.presentMinutesByMonth()).containsExactly(entry(YearMonth.of(2026, 3), 28L * 60));
    }

    @Test
    void absences_never_take_more_than_the_day_planned_other_absences_first() {
        PresenceTimeline week = timeline(fullTime("2026-03-09", "2026-03-13")
                .absent("2026-03-10", 300, AbsenceKind.OTHER)
                .absent("2026-03-10", 300, AbsenceKind.LEAVE)
                .absent("2026-03-11", 600, AbsenceKind.OTHER));

        assertThat(week.countedMinutesOn(date("2026-03-10"))).isEqualTo(120);
        assertThat(week.presentMinutesOn(date("2026-03-10"))).isZero();
        assertThat(week.countedMinutesOn(date("2026-03-11"))).isZero();
        assertThat(week.presence()).isEqualTo(new Presence(3 * 420 + 120));
    }

    @Test
    void an_absence_on_a_holiday_removes_nothing() {
        PresenceTimeline week = timeline(fullTime("2026-07-13", "2026-07-17")
                .absent("2026-07-14", 420, AbsenceKind.LEAVE));

        assertThat(week.presence()).isEqualTo(hours(28));
    }

    @Test
    void extra_presence_counts_on_a_saturday_a_holiday_and_a_longer_day() {
        PresenceTimeline weeks = timeline(fullTime("2026-07-13", "2026-07-18")
                .extra("2026-07-14", 240)
                .extra("2026-07-15", 60)
                .extra("2026-07-18", 210));

        assertThat(weeks.presence()).isEqualTo(new Presence(28 * 60 + 240 + 60 + 210));
        assertThat(weeks.presentMinutesOn(date("2026-07-15"))).isEqualTo(480);
        assertThat(weeks.presentMinutesOn(date("2026-07-18"))).isEqualTo(210);
    }

    @Test
    void an_absence_and_extra_presence_on_the_same_day_both_apply() {
        PresenceTimeline day = timeline(fullTime("2026-03-10", "2026-03-10")
                .absent("2026-03-10", 120, AbsenceKind.OTHER)
                .extra("2026-03-10", 60));

        assertThat(day.presence()).isEqualTo(new Presence(420 - 120 + 60));
    }

    @Test
    void in_germany_the_supplied_german_holidays_are_off_not_the_french_ones() {
        // 29 September to 10 October 2025: ten weekdays, Friday 3 October (German Unity Day) off.
        assertThat(timeline(fullTime("2025-09-29", "2025-10-10").in("DE")).presence()).isEqualTo(hours(63));
        // 11 November is a French holiday only.
        PresenceTimeline november = timeline(fullTime("2025-11-10", "2025-11-14").in("DE"));
        assertThat(november.presence()).isEqualTo(hours(35));
        assertThat(november.yearsWithoutHolidayData()).isEmpty();
    }

    @Test
    void without_holiday_data_no_day_is_taken_off_and_the_years_are_reported() {
        PresenceTimeline spain = timeline(fullTime("2025-12-29", "2026-01-09").in("ES"));

        assertThat(spain.presence()).isEqualTo(hours(70));
        assertThat(spain.yearsWithoutHolidayData()).containsExactly(2025, 2026);
    }

    @Test
    void a_year_the_supplied_data_does_not_cover_is_reported_alone() {
        PresenceTimeline germany = timeline(fullTime("2025-12-22", "2026-01-09").in("DE"));

        // 25 and 26 December 2025 off; 1 January 2026 unknown, so counted.
        assertThat(germany.presence()).isEqualTo(hours(13 * 7));
        assertThat(germany.yearsWithoutHolidayData()).containsExactly(2026);
    }

    @Test
    void a_period_across_the_new_year_splits_its_hours_by_month() {
        PresenceTimeline winter = timeline(fullTime("2025-12-29", "2026-01-09"));

        assertThat(winter.presence()).isEqualTo(hours(63));
        assertThat(winter.presentMinutesByMonth()).containsExactly(
                entry(YearMonth.of(2025, 12), 21L * 60),
                entry(YearMonth.of(2026, 1), 42L * 60));
    }

    @Test
    void a_period_across_31_august_attributes_each_day_to_its_academic_year() {
        PresenceTimeline summer = timeline(fullTime("2026-08-17", "2026-09-11"));

        assertThat(summer.academicYears()).containsExactly(new AcademicYear(2025), new AcademicYear(2026));
        assertThat(summer.presenceIn(new AcademicYear(2025))).isEqualTo(hours(77));
        assertThat(summer.presenceIn(new AcademicYear(2026))).isEqualTo(hours(63));
        assertThat(summer.presenceIn(new AcademicYear(2027))).isEqualTo(Presence.NONE);
        assertThat(summer.presence()).isEqualTo(hours(140));
    }

    @Test
    void months_without_presence_are_listed_with_zero() {
        PresenceTimeline timeline = timeline(fullTime("2026-02-28", "2026-03-02"));

        assertThat(timeline.presentMinutesByMonth()).containsExactly(
                entry(YearMonth.of(2026, 2), 0L),
                entry(YearMonth.of(2026, 3), 420L));
    }

    @Test
    void days_outside_the_period_count_nothing() {
        PresenceTimeline week = timeline(fullTime("2026-03-09", "2026-03-13"));

        assertThat(week.countedMinutesOn(date("2026-03-16"))).isZero();
        assertThat(week.presentMinutesOn(date("2026-03-06"))).isZero();
    }

    @Test
    void an_internship_stopped_early_counts_to_its_last_day_in_each_academic_year() {
        // 1 June to 30 September 2026, full time, stopped on Friday 4 September.
        PresenceTimeline stopped = PresenceTimeline.of(fullTime("2026-06-01", "2026-09-30").build(),
                PublicHolidays.france());

        // 2025-2026 ends on 31 August: June to August, Whit Monday, 14 July and 15 August (a Saturday) off.
        assertThat(stopped.presenceIn(new AcademicYear(2025), date("2026-09-04")))
                .isEqualTo(stopped.presenceIn(new AcademicYear(2025)));
        // 2026-2027: 1 to 4 September, four days.
        assertThat(stopped.presenceIn(new AcademicYear(2026), date("2026-09-04"))).isEqualTo(hours(28));
        assertThat(stopped.presenceIn(new AcademicYear(2026), date("2026-08-31"))).isEqualTo(Presence.NONE);
        assertThat(stopped.presenceUntil(date("2026-09-04")))
                .isEqualTo(stopped.presenceIn(new AcademicYear(2025)).plus(hours(28)));
    }
}
