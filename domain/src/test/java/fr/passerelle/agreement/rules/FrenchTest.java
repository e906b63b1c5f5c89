package fr.passerelle.agreement.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchTest {

    @ParameterizedTest(name = "{0} min: {1}")
    @CsvSource({"0, 0 h", "59, 0 h 59", "420, 7 h", "18480, 308 h", "18481, 308 h 01", "55860, 931 h"})
    void hours_and_minutes(long minutes, String text) {
        assertThat(French.hours(minutes)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} cents: {1}")
    @CsvSource({"0, '0,00 €'", "8, '0,08 €'", "450, '4,50 €'", "69300, '693,00 €'", "191835, '1918,35 €'"})
    void euros_with_a_decimal_comma(long cents, String text) {
        assertThat(French.euros(cents)).isEqualTo(text);
    }

    @Test
    void dates_months_and_plurals() {
        assertThat(French.date(LocalDate.of(2026, 5, 1))).isEqualTo("01/05/2026");
        assertThat(French.month(YearMonth.of(2026, 8))).isEqualTo("août 2026");
        assertThat(French.plural(1, "jour", "jours")).isEqualTo("1 jour");
        assertThat(French.plural(2, "jour", "jours")).isEqualTo("2 jours");
    }
}
