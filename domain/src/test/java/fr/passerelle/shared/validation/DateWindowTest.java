package fr.passerelle.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.shared.model.DateRange;
import fr.passerelle.testing.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DateWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final DateWindow PLANS = DateWindow.plans(TODAY);

    @Nested
    class Windows {

        @Test
        void plans_are_within_ten_years_of_today_either_way() {
            assertThat(PLANS).isEqualTo(new DateWindow(LocalDate.of(2016, 12, 7), LocalDate.of(2036, 12, 7)));
        }

        @Test
        void the_past_goes_a_hundred_years_back_and_stops_today() {
            assertThat(DateWindow.past(TODAY)).isEqualTo(new DateWindow(LocalDate.of(1926, 12, 7), TODAY));
        }

        @Test
        void a_lifetime_goes_a_hundred_years_back_and_ten_ahead() {
            assertThat(DateWindow.lifetime(TODAY))
                    .isEqualTo(new DateWindow(LocalDate.of(1926, 12, 7), LocalDate.of(2036, 12, 7)));
        }

        @Test
        void birth_dates_make_a_person_of_the_given_ages_today() {
            DateWindow births = DateWindow.birthDates(TODAY, 14, 100);

            assertThat(births.contains(LocalDate.of(2012, 12, 7))).as("14 today").isTrue();
            assertThat(births.contains(LocalDate.of(2012, 12, 8))).as("14 tomorrow").isFalse();
            assertThat(births.contains(LocalDate.of(1925, 12, 8))).as("100, 101 tomorrow").isTrue();
            assertThat(births.contains(LocalDate.of(1925, 12, 7))).as("101 today").isFalse();
        }
    }

    @Nested
    class Contains {

        @Test
        void both_ends_are_included() {
            assertThat(PLANS.contains(LocalDate.of(2016, 12, 7))).isTrue();
            assertThat(PLANS.contains(LocalDate.of(2036, 12, 7))).isTrue();
            assertThat(PLANS.contains(LocalDate.of(2016, 12, 6))).isFalse();
            assertThat(PLANS.contains(LocalDate.of(2036, 12, 8))).isFalse();
        }

        @Test
        void instants_are_read_in_the_platform_calendar_and_any_instant_is_safe() {
            // 2036-12-07 23:30 in Paris is still the window's last day; 2036-12-08 00:00 in Paris is not.
            assertThat(PLANS.contains(Instant.parse("2036-12-07T22:30:00Z"))).isTrue();
            assertThat(PLANS.contains(Instant.parse("2036-12-07T23:00:00Z"))).isFalse();
            assertThat(PLANS.contains(Instant.MAX)).isFalse();
            assertThat(PLANS.contains(Instant.MIN)).isFalse();
        }

        @Test
        void years_count_when_any_of_their_days_is_in_the_window() {
            assertThat(PLANS.containsYear(2016)).isTrue();
            assertThat(PLANS.containsYear(2036)).isTrue();
            assertThat(PLANS.containsYear(2015)).isFalse();
            assertThat(PLANS.containsYear(99_999)).isFalse();
        }
    }

    @Nested
    class InChecks {

        @Test
        void a_date_outside_is_out_of_range_under_its_path_and_becomes_null() {
            var checks = new Checks();

            assertThat(checks.date("terms.end", LocalDate.of(99_999, 12, 31), PLANS)).isNull();
            assertThat(checks.date("terms.start", LocalDate.of(2027, 1, 4), PLANS)).isEqualTo("2027-01-04");
            assertThat(checks.date("terms.other", null, PLANS)).isNull();
            assertThat(Violations.thrownBy(checks::throwIfAny)).containsExactly(Violation.of("terms.end",
                    ErrorCode.OUT_OF_RANGE, "error.date.out-of-window", PLANS.first(), PLANS.last()));
        }

        @Test
        void a_date_range_needs_both_days_in_the_window_and_in_order() {
            var checks = new Checks();

            assertThat(checks.dateRange("start", LocalDate.of(2027, 1, 4), "end", LocalDate.of(2027, 3, 5), PLANS))
                    .isEqualTo(new DateRange(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 5)));
            assertThat(checks.dateRange("a.start", LocalDate.of(2027, 1, 4), "a.end", LocalDate.MAX, PLANS)).isNull();
            assertThat(checks.dateRange("b.start", LocalDate.MIN, "b.end", null, PLANS)).isNull();
            assertThat(checks.dateRange("c.start", LocalDate.of(2027, 1, 4), "c.end", LocalDate.of(2027, 1, 3),
                    PLANS)).isNull();
            assertThat(Violations.pathsAndCodesThrownBy(checks::throwIfAny)).containsExactly(
                    "a.end OUT_OF_RANGE", "b.start OUT_OF_RANGE", "b.end REQUIRED", "c.end INVALID");
        }

        @Test
        void instants_years_and_counts_are_bounded_the_same_way() {
            var checks = new Checks();

            assertThat(checks.instant("slots.0.startsAt", Instant.parse("+99999-12-31T00:00:00Z"), PLANS)).isNull();
            assertThat(checks.instant("slots.1.startsAt", Instant.parse("2027-01-04T09:00:00Z"), PLANS)).isNotNull();
            assertThat(checks.year("graduationYear", 99_999, PLANS)).isNull();
            assertThat(checks.year("year", 2030, PLANS)).isEqualTo(2030);
            assertThat(checks.count("minutes", Integer.MAX_VALUE, 10, 240)).isNull();
            assertThat(checks.count("other", 45, 10, 240)).isEqualTo(45);
            assertThat(Violations.pathsAndCodesThrownBy(checks::throwIfAny)).containsExactly(
                    "slots.0.startsAt OUT_OF_RANGE", "graduationYear OUT_OF_RANGE", "minutes OUT_OF_RANGE");
        }

        @Test
        void a_violation_thrown_outside_a_mutation_names_its_field_in_its_message() {
            assertThat(new BusinessRuleViolation(List.of(Violation.of("startsFrom", ErrorCode.OUT_OF_RANGE,
                    "error.date.out-of-window", PLANS.first(), PLANS.last()))))
                    .hasMessage("startsFrom: This date must be between 2016-12-07 and 2036-12-07.");
        }
    }
}
