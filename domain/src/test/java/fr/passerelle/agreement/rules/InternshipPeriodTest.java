package fr.passerelle.agreement.rules;

import static fr.passerelle.agreement.rules.AgreementTestData.date;
import static fr.passerelle.agreement.rules.AgreementTestData.fullTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.agreement.rules.ScheduleException.AbsenceKind;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InternshipPeriodTest {

    @Test
    void an_internship_in_france_has_no_exceptions_and_holidays_off() {
        InternshipPeriod period = InternshipPeriod.inFrance(date("2026-03-02"), date("2026-03-06"),
                WeeklySchedule.regular(WeekPattern.FULL_TIME));

        assertThat(period.country()).isEqualTo("FR");
        assertThat(period.exceptions()).isEmpty();
        assertThat(period.presenceOnHolidays()).isFalse();
        assertThat(period.dates()).isEqualTo(new DateRange(date("2026-03-02"), date("2026-03-06")));
    }

    @Test
    void a_one_day_internship_is_a_valid_period() {
        assertThat(fullTime("2026-03-10", "2026-03-10").build().dates().start()).isEqualTo(date("2026-03-10"));
    }

    @Test
    void it_spans_at_most_the_width_of_the_planned_dates_window_so_the_rules_loops_stay_small() {
        assertThat(fullTime("2026-03-10", "2046-03-10").build().dates().end()).isEqualTo(date("2046-03-10"));

        assertThat(Violations.pathsAndCodesThrownBy(() -> fullTime("2026-03-10", "2046-03-11").build()))
                .containsExactly("end OUT_OF_RANGE");
        // A far-future end is refused by the constructor, before any day is counted.
        assertThat(Violations.pathsAndCodesThrownBy(() -> InternshipPeriod.inFrance(date("2026-03-10"),
                LocalDate.of(99_999, 12, 31), WeeklySchedule.regular(WeekPattern.FULL_TIME))))
                .containsExactly("end OUT_OF_RANGE");
    }

    @Test
    void it_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> fullTime("2026-03-10", "2026-03-09").build())
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"fr", "FRA", "F", "", "F1"})
    void the_country_is_an_iso_alpha_2_code_in_upper_case(String country) {
        assertThatThrownBy(() -> fullTime("2026-03-02", "2026-03-06").in(country).build())
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-03-01", "2026-03-07"})
    void exceptions_fall_within_the_internship(String outside) {
        assertThatThrownBy(() -> fullTime("2026-03-02", "2026-03-06").extra("2026-03-04", 60)
                .absent(outside, 60, AbsenceKind.OTHER).build())
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly(List.of("exceptions", "1", "date")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-03-02", "2026-03-06"})
    void exceptions_on_the_first_and_last_days_are_within(String day) {
        assertThat(fullTime("2026-03-02", "2026-03-06").absent(day, 60, AbsenceKind.OTHER).build().exceptions())
                .hasSize(1);
    }
}
