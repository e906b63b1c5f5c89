package fr.passerelle.agreement.rules;

import static fr.passerelle.agreement.rules.AgreementTestData.euroCents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GratificationRatesTest {

    @Test
    void the_minimum_is_15_percent_of_the_hourly_ceiling() {
        assertThat(GratificationRates.SHARE_OF_HOURLY_CEILING_PERCENT).isEqualTo(15);
    }

    @ParameterizedTest(name = "{0}: {1} cents an hour")
    @CsvSource({"2023, 405", "2024, 435", "2025, 435", "2026, 450"})
    void the_legal_minimum_by_calendar_year(int year, long cents) {
        assertThat(GratificationRates.LEGAL_MINIMUM.hourlyMinimum(year)).contains(euroCents(cents));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2022, 2027})
    void a_year_outside_the_table_has_no_known_minimum(int year) {
        assertThat(GratificationRates.LEGAL_MINIMUM.hourlyMinimum(year)).isEmpty();
    }

    @ParameterizedTest(name = "ceiling {0} cents: {1} cents")
    @CsvSource({"2400, 360", "2650, 398", "2601, 391", "1, 1"})
    void a_share_off_the_cent_is_rounded_up(long ceiling, long minimum) {
        assertThat(GratificationRates.fromHourlyCeilings(Map.of(2030, ceiling)).hourlyMinimum(2030))
                .contains(euroCents(minimum));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(longs = {0, -2900})
    void ceilings_are_positive(long ceiling) {
        assertThatThrownBy(() -> GratificationRates.fromHourlyCeilings(Map.of(2030, ceiling)))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({"0, 3, 0", "1, 3, 1", "3, 3, 1", "4, 3, 2", "90, 3, 30", "91, 3, 31", "435, 60, 8"})
    void divisions_round_up(long dividend, long divisor, long quotient) {
        assertThat(GratificationRates.ceilDiv(dividend, divisor)).isEqualTo(quotient);
    }
}
