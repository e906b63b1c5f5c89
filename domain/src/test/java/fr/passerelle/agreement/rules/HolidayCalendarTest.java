package fr.passerelle.agreement.rules;

import static fr.passerelle.agreement.rules.AgreementTestData.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HolidayCalendarTest {

    /** Germany's national holidays in 2025, as a caller would supply them (regional ones left out). */
    private static final HolidayCalendar GERMANY_2025 = new HolidayCalendar(Map.of("DE", List.of(
            date("2025-01-01"), date("2025-04-18"), date("2025-04-21"), date("2025-05-01"), date("2025-05-29"),
            date("2025-06-09"), date("2025-10-03"), date("2025-12-25"), date("2025-12-26"))));

    @Test
    void it_returns_the_dates_supplied_for_the_country_and_year_in_order() {
        assertThat(GERMANY_2025.holidays("DE", 2025).orElseThrow())
                .hasSize(9)
                .startsWith(date("2025-01-01"), date("2025-04-18"))
                .endsWith(date("2025-12-25"), date("2025-12-26"));
    }

    @Test
    void a_year_without_any_date_supplied_is_unknown_not_a_year_without_holidays() {
        assertThat(GERMANY_2025.holidays("DE", 2026)).isEmpty();
    }

    @Test
    void a_country_without_data_is_unknown() {
        assertThat(GERMANY_2025.holidays("ES", 2025)).isEmpty();
    }

    @Test
    void dates_of_several_years_are_split_by_year() {
        var calendar = new HolidayCalendar(Map.of("BE", List.of(date("2025-07-21"), date("2026-07-21"))));

        assertThat(calendar.holidays("BE", 2025).orElseThrow()).containsExactly(date("2025-07-21"));
        assertThat(calendar.holidays("BE", 2026).orElseThrow()).containsExactly(date("2026-07-21"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"de", "DEU", "D", "", "1A"})
    void country_codes_must_be_iso_alpha_2_in_upper_case(String country) {
        assertThatThrownBy(() -> new HolidayCalendar(Map.of(country, List.of(date("2025-10-03")))))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void chained_sources_ask_the_fallback_only_for_what_the_first_does_not_know() {
        var fallback = new HolidayCalendar(Map.of(
                "DE", List.of(date("2026-10-03")),
                "FR", List.of(date("2026-03-03"))));
        PublicHolidays chained = PublicHolidays.france().or(fallback);

        assertThat(chained.holidays("DE", 2026).orElseThrow()).containsExactly(date("2026-10-03"));
        assertThat(chained.holidays("FR", 2026).orElseThrow()).hasSize(11).doesNotContain(date("2026-03-03"));
        assertThat(chained.holidays("ES", 2026)).isEmpty();
    }
}
