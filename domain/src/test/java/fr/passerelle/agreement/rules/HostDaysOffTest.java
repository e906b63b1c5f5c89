package fr.passerelle.agreement.rules;

import static fr.passerelle.agreement.rules.AgreementTestData.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A host abroad's non-worked days, entered by the parties, count as days off instead of any public holidays the
 * platform knows (D124-6 counts effective presence).
 */
class HostDaysOffTest {

    /** Germany, Monday 4 May to Friday 15 May 2026, full time: ten days of 7 hours. */
    private static InternshipPeriod inGermany(List<LocalDate> daysOff) {
        return new InternshipPeriod(date("2026-05-04"), date("2026-05-15"),
                WeeklySchedule.regular(WeekPattern.FULL_TIME), "DE", List.of(), false, daysOff);
    }

    @Test
    void the_days_entered_are_days_off_and_the_holiday_data_is_no_longer_missing() {
        // Christi Himmelfahrt, Thursday 14 May 2026, and a closure on Friday 15 May.
        PresenceTimeline timeline = PresenceTimeline.of(inGermany(List.of(date("2026-05-14"), date("2026-05-15"))),
                PublicHolidays.france());

        assertThat(timeline.presence()).isEqualTo(Presence.ofHours(56));
        assertThat(timeline.yearsWithoutHolidayData()).isEmpty();
    }

    @Test
    void without_days_entered_a_foreign_host_counts_every_day_and_is_warned_about() {
        PresenceTimeline timeline = PresenceTimeline.of(inGermany(List.of()), PublicHolidays.france());

        assertThat(timeline.presence()).isEqualTo(Presence.ofHours(70));
        assertThat(timeline.yearsWithoutHolidayData()).containsExactly(2026);
    }

    @Test
    void the_days_entered_replace_a_known_calendar_for_that_country() {
        HolidayCalendar germany = new HolidayCalendar(Map.of("DE", List.of(date("2026-05-14"))));

        PresenceTimeline timeline = PresenceTimeline.of(inGermany(List.of(date("2026-05-11"))), germany);

        assertThat(timeline.presence()).as("11 May off, the calendar's 14 May worked").isEqualTo(Presence.ofHours(63));
    }

    @Test
    void days_outside_the_internship_twice_or_in_france_are_refused_on_their_field() {
        assertThat(Violations.thrownBy(() -> inGermany(List.of(date("2026-05-18")))))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("hostDaysOff", "0"), ErrorCode.OUT_OF_RANGE));
        assertThat(Violations.thrownBy(() -> inGermany(List.of(date("2026-05-14"), date("2026-05-14")))))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("hostDaysOff", "1"), ErrorCode.DUPLICATE));
        assertThat(Violations.thrownBy(() -> new InternshipPeriod(date("2026-05-04"), date("2026-05-15"),
                WeeklySchedule.regular(WeekPattern.FULL_TIME), "FR", List.of(), false, List.of(date("2026-05-14")))))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("hostDaysOff"), ErrorCode.INVALID));
    }

    @Test
    void at_most_sixty_days_are_entered() {
        assertThat(InternshipPeriod.MAX_HOST_DAYS_OFF).isEqualTo(60);
        List<LocalDate> tooMany = Collections.nCopies(61, date("2026-05-14"));

        assertThat(Violations.thrownBy(() -> inGermany(tooMany))).extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("hostDaysOff"), ErrorCode.OUT_OF_RANGE));
    }

    @Test
    void for_a_minor_the_days_entered_are_the_holidays_not_to_be_worked() {
        HolidayCalendar germany = new HolidayCalendar(Map.of("DE", List.of(date("2026-05-14"))));

        assertThat(MinorInternRules.holidaysOf(inGermany(List.of(date("2026-05-11"))), germany))
                .containsExactly(date("2026-05-11"));
        assertThat(MinorInternRules.holidaysOf(inGermany(List.of()), germany)).containsExactly(date("2026-05-14"));
    }
}
