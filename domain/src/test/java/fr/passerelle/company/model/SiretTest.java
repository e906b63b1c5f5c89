package fr.passerelle.company.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

    private static final String LA_POSTE_SIREN = "356000000";

    @ParameterizedTest(name = "\"{0}\" is valid and stored as {1}")
    @CsvSource({
            "81234567800013,    81234567800013",
            "52345678900016,    52345678900016",
            "812 345 678 00013, 81234567800013",
            "73282932000074,    73282932000074",
    })
    void valid_sirets_pass_and_lose_their_spaces(String raw, String stored) {
        Siret siret = Siret.of(raw);

        assertThat(siret.value()).isEqualTo(stored);
        assertThat(siret.siren()).isEqualTo(stored.substring(0, 9));
    }

    @Test
    void spaced_and_compact_forms_of_one_siret_are_equal() {
        assertThat(Siret.of("812 345 678 00013")).isEqualTo(Siret.of("81234567800013"));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {
            "8123456780001",    // 13 digits
            "812345678000130",  // 15 digits
            "8123456780001A",   // a letter
            "ABCDEFGHIJKLMN",
            "812-345-678-00013",
            "812.345.678.00013",
    })
    void wrong_length_or_non_digits_are_invalid(String raw) {
        assertThat(Violations.thrownBy(() -> Siret.of(raw)))
                .extracting(Violation::code)
                .containsExactly(ErrorCode.INVALID);
    }

    @ParameterizedTest(name = "changing digit #{0} of 81234567800013 breaks the check digit")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13})
    void any_single_changed_digit_fails_the_luhn_check(int position) {
        String valid = "81234567800013";
        for (int offset = 1; offset <= 9; offset++) {
            char changed = (char) ('0' + (valid.charAt(position) - '0' + offset) % 10);
            String typo = valid.substring(0, position) + changed + valid.substring(position + 1);

            assertThat(Violations.thrownBy(() -> Siret.of(typo)))
                    .as("typo %s", typo)
                    .extracting(Violation::code)
                    .containsExactly(ErrorCode.INVALID);
        }
    }

    @Test
    @DisplayName("La Poste establishments are valid when their digit sum is a multiple of 5, even if Luhn fails")
    void la_poste_establishment_with_digit_sum_multiple_of_five_is_valid_without_luhn() {
        String laPoste = firstLaPosteSiret(true, false);

        assertThat(digitSum(laPoste) % 5).isZero();
        assertThat(luhnSum(laPoste) % 10).as("Luhn must fail for this example").isNotZero();
        assertThatCode(() -> Siret.of(laPoste)).doesNotThrowAnyException();
    }

    @Test
    void la_poste_establishment_failing_both_rules_is_invalid() {
        String laPoste = firstLaPosteSiret(false, false);

        assertThat(Violations.thrownBy(() -> Siret.of(laPoste)))
                .extracting(Violation::code)
                .containsExactly(ErrorCode.INVALID);
    }

    @Test
    void la_poste_head_office_is_valid() {
        assertThat(luhnSum("35600000000048") % 10).isZero();
        assertThatCode(() -> Siret.of("35600000000048")).doesNotThrowAnyException();
    }

    /** The first 356000000xxxxx number whose digit-sum rule and Luhn check give the wanted outcomes. */
    private static String firstLaPosteSiret(boolean digitSumMultipleOfFive, boolean luhnValid) {
        return IntStream.range(1, 100_000)
                .mapToObj(rank -> LA_POSTE_SIREN + String.format("%05d", rank))
                .filter(s -> (digitSum(s) % 5 == 0) == digitSumMultipleOfFive)
                .filter(s -> (luhnSum(s) % 10 == 0) == luhnValid)
                .findFirst()
                .orElseThrow();
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }

    /** Independent Luhn sum: from the right, every second digit doubled and folded. */
    private static int luhnSum(String digits) {
        int sum = 0;
        for (int fromRight = 0; fromRight < digits.length(); fromRight++) {
            int digit = digits.charAt(digits.length() - 1 - fromRight) - '0';
            int weighted = fromRight % 2 == 1 ? digit * 2 : digit;
            sum += weighted > 9 ? weighted - 9 : weighted;
        }
        return sum;
    }
}
