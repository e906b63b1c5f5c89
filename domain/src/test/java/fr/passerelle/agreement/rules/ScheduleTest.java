package fr.passerelle.agreement.rules;

import static fr.passerelle.agreement.rules.AgreementTestData.date;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.agreement.rules.ScheduleException.Absence;
import fr.passerelle.agreement.rules.ScheduleException.AbsenceKind;
import fr.passerelle.agreement.rules.ScheduleException.ExtraPresence;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleTest {

    /** Week A: 35 h; week B: Monday to Wednesday, 21 h. */
    private static final WeeklySchedule A_B = WeeklySchedule.rotating(WeekPattern.FULL_TIME,
            WeekPattern.days(420, MONDAY, TUESDAY, WEDNESDAY));

    @Test
    void the_full_time_week_is_five_days_of_seven_hours() {
        assertThat(WeekPattern.FULL_TIME.weeklyMinutes()).isEqualTo(35 * 60);
        assertThat(WeekPattern.FULL_TIME.minutesOn(FRIDAY)).isEqualTo(420);
        assertThat(WeekPattern.FULL_TIME.minutesOn(SATURDAY)).isZero();
    }

    @Test
    void a_part_time_week_can_have_half_hours() {
        WeekPattern week = WeekPattern.days(420, MONDAY, THURSDAY).with(WEDNESDAY, 210);

        assertThat(week.weeklyMinutes()).isEqualTo(17 * 60 + 30);
        assertThat(week.minutesOn(WEDNESDAY)).isEqualTo(210);
        assertThat(week.minutesOn(TUESDAY)).isZero();
    }

    @ParameterizedTest(name = "{0} minutes")
    @ValueSource(ints = {-1, 24 * 60 + 1})
    void a_day_has_between_0_and_24_hours(int minutes) {
        assertThatThrownBy(() -> new WeekPattern(Map.of(MONDAY, minutes))).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void a_whole_day_and_an_empty_week_are_allowed() {
        assertThat(new WeekPattern(Map.of(MONDAY, 24 * 60)).weeklyMinutes()).isEqualTo(24 * 60);
        assertThat(new WeekPattern(Map.of()).weeklyMinutes()).isZero();
    }

    @Test
    void a_schedule_needs_at_least_one_week() {
        assertThatThrownBy(() -> new WeeklySchedule(List.of())).isInstanceOf(BusinessRuleViolation.class);
    }

    @ParameterizedTest(name = "start {0}, {1}: {2} min")
    @CsvSource({
            // Starting on Monday 7 September 2026: week A, then B, then A again.
            "2026-09-07, 2026-09-11, 420",
            "2026-09-07, 2026-09-14, 420",
            "2026-09-07, 2026-09-17, 0",
            "2026-09-07, 2026-09-18, 0",
            "2026-09-07, 2026-09-24, 420",
            "2026-09-07, 2026-10-02, 0",
            // Starting on Wednesday 9 September: still week A until Sunday 13, week B from Monday 14.
            "2026-09-09, 2026-09-11, 420",
            "2026-09-09, 2026-09-17, 0",
            "2026-09-09, 2026-09-16, 420",
            "2026-09-09, 2026-09-25, 420",
            // Starting on Friday 11 September: the next Thursday is in week B, although less than 7 days later.
            "2026-09-11, 2026-09-17, 0",
            // Across the new year: 28 weeks after week A of 1 June 2026 is a week A again.
            "2026-06-01, 2026-12-17, 420",
            "2026-06-01, 2027-01-07, 0",
    })
    void rotating_weeks_follow_calendar_weeks_from_the_first_day(LocalDate firstDay, LocalDate day, int minutes) {
        assertThat(A_B.minutesOn(day, firstDay)).isEqualTo(minutes);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-09-07", "2026-09-08", "2026-09-09", "2026-09-10", "2026-09-11"})
    void a_regular_schedule_is_the_same_every_week(LocalDate firstDay) {
        WeeklySchedule schedule = WeeklySchedule.regular(WeekPattern.FULL_TIME);

        assertThat(schedule.minutesOn(date("2027-02-03"), firstDay)).isEqualTo(420);
        assertThat(schedule.minutesOn(date("2027-02-06"), firstDay)).isZero();
    }

    @ParameterizedTest(name = "{0} minutes")
    @ValueSource(ints = {0, -30, 24 * 60 + 1})
    void an_exception_has_between_1_minute_and_24_hours(int minutes) {
        assertThatThrownBy(() -> new Absence(date("2026-09-07"), minutes, AbsenceKind.OTHER))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> new ExtraPresence(date("2026-09-07"), minutes))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void the_days_of_a_week_pattern_are_copied() {
        var days = new EnumMap<DayOfWeek, Integer>(DayOfWeek.class);
        days.put(MONDAY, 420);
        WeekPattern week = new WeekPattern(days);
        days.put(TUESDAY, 420);

        assertThat(week.minutesOn(TUESDAY)).isZero();
    }
}
