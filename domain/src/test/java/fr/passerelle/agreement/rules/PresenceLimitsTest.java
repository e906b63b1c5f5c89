package fr.passerelle.agreement.rules;

import static fr.passerelle.agreement.rules.AgreementTestData.fullTime;
import static fr.passerelle.agreement.rules.AgreementTestData.period;
import static fr.passerelle.testing.Sentences.english;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.rules.AgreementTestData.PeriodBuilder;
import fr.passerelle.agreement.rules.ScheduleException.AbsenceKind;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An intern's presence is bound by 10 h a day (L3121-18) and 48 h a week (L3121-20); leave falls on a worked day. */
class PresenceLimitsTest {

    private static List<Violation> violations(PeriodBuilder period) {
        return PresenceLimits.violations(PresenceTimeline.of(period.build(), PublicHolidays.france()), "terms.");
    }

    private static List<String> paths(List<Violation> violations) {
        return violations.stream().map(v -> String.join(".", v.field()) + " " + v.code()).toList();
    }

    @ParameterizedTest(name = "{0} min on Monday -> {1}")
    @CsvSource({
            "600, ''",
            "601, terms.weeks.0.MONDAY OUT_OF_RANGE",
            "1000, terms.weeks.0.MONDAY OUT_OF_RANGE"   // 16 h 40, a 44 h 40 week
    })
    void ten_hours_a_day_in_the_schedule(int minutes, String expected) {
        WeeklySchedule week = WeeklySchedule.regular(WeekPattern.FULL_TIME.with(MONDAY, minutes));
        List<String> found = paths(violations(period("2026-03-02", "2026-03-27", week)));

        assertThat(found).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "{0} min a day from Monday to Saturday -> {1}")
    @CsvSource({
            "480, ''",                                  // 48 h
            "481, terms.weeks.1 OUT_OF_RANGE"            // 48 h 06
    })
    void forty_eight_hours_a_week_in_the_schedule(int minutes, String expected) {
        WeeklySchedule rotation = WeeklySchedule.rotating(WeekPattern.FULL_TIME,
                WeekPattern.days(minutes, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY));
        List<String> found = paths(violations(period("2026-03-02", "2026-03-27", rotation)));

        assertThat(found).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @Test
    void extra_presence_of_a_whole_day_is_refused_on_its_field() {
        // 7 h planned on Tuesday 10 March, plus 24 h: 31 h that day, and 59 h that week.
        List<Violation> found = violations(fullTime("2026-03-02", "2026-03-27").extra("2026-03-10", 1440));

        assertThat(paths(found)).containsExactly("terms.exceptions.0.minutes OUT_OF_RANGE",
                "terms.exceptions.0.minutes OUT_OF_RANGE");
        assertThat(english(found.get(0).message())).isEqualTo("31 h of presence that day, more than the legal "
                + "maximum of 10 h a day for an intern.");
        assertThat(english(found.get(1).message())).isEqualTo("59 h of presence that week, more than the legal "
                + "maximum of 48 h a week for an intern.");
    }

    @Test
    void three_hours_extra_fit_and_a_saturday_adds_up_over_the_week() {
        assertThat(violations(fullTime("2026-03-02", "2026-03-27").extra("2026-03-10", 180))).isEmpty();
        // 35 h + 3 h on Tuesday + 10 h on Saturday = 48 h: fine; one more hour on Saturday is not.
        assertThat(violations(fullTime("2026-03-02", "2026-03-27").extra("2026-03-10", 180)
                .extra("2026-03-14", 600))).isEmpty();
        // 35 h + 3 h + 9 h + 2 h = 49 h: reported on the week's first extra presence.
        assertThat(paths(violations(fullTime("2026-03-02", "2026-03-27").extra("2026-03-10", 180)
                .extra("2026-03-14", 540).extra("2026-03-13", 120))))
                .containsExactly("terms.exceptions.0.minutes OUT_OF_RANGE");
    }

    @Test
    void an_extra_presence_on_a_holiday_counts_the_day_alone() {
        // Easter Monday 6 April 2026 is not planned: 10 h on it are fine.
        assertThat(violations(fullTime("2026-03-30", "2026-04-10").extra("2026-04-06", 600))).isEmpty();
    }

    @Test
    void leave_on_a_day_without_presence_is_refused() {
        List<Violation> found = violations(fullTime("2026-03-30", "2026-04-10")
                .absent("2026-04-03", 420, AbsenceKind.LEAVE)     // a Friday: fine
                .absent("2026-04-04", 420, AbsenceKind.LEAVE)     // a Saturday
                .absent("2026-04-06", 420, AbsenceKind.LEAVE)     // Easter Monday
                .absent("2026-04-08", 420, AbsenceKind.OTHER)     // ill all day...
                .absent("2026-04-08", 60, AbsenceKind.LEAVE));    // ...leave that day takes nothing

        assertThat(paths(found)).containsExactly("terms.exceptions.1.date INVALID", "terms.exceptions.2.date INVALID",
                "terms.exceptions.4.date INVALID");
        assertThat(english(found.get(0).message())).isEqualTo("2026-04-04 has no planned presence: leave on it "
                + "counts nothing.");
        assertThat(found.get(0).code()).isEqualTo(ErrorCode.INVALID);
    }
}
