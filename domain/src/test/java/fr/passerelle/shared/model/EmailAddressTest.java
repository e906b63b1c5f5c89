package fr.passerelle.shared.model;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest(name = "\"{0}\" becomes {1}")
    @CsvSource(delimiter = '|', value = {
            "alice@example.fr           | alice@example.fr",
            "'  Alice@Example.FR  '     | alice@example.fr",
            "'\tBOB.Martin+tag@Ecole.Paris  '| bob.martin+tag@ecole.paris",
    })
    void of_trims_and_lower_cases(String raw, String normalised) {
        assertThat(EmailAddress.of(raw).value()).isEqualTo(normalised);
    }

    @Test
    void addresses_differing_only_in_case_and_spaces_are_equal_through_of() {
        assertThat(EmailAddress.of(" Alice@Example.fr")).isEqualTo(EmailAddress.of("alice@EXAMPLE.FR "));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"no-at", "a@b", "a@b.c", "@example.fr", "a@@example.fr", "a b@example.fr", "a@exa mple.fr",
            "a\u0000b@example.fr", "bell\u0007@example.fr", "=cmd@example.fr", "+33@example.fr", "-x@example.fr",
            "a\u202Eb@example.fr"})
    void malformed_addresses_are_invalid(String raw) {
        assertThat(Violations.thrownBy(() -> EmailAddress.of(raw)))
                .extracting(Violation::code)
                .containsExactly(ErrorCode.INVALID);
    }

    @Test
    void longest_allowed_address_has_254_characters() {
        String longest = "a".repeat(64) + "@" + "b".repeat(186) + ".fr";
        assertThat(longest).hasSize(254);

        assertThat(EmailAddress.of(longest).value()).isEqualTo(longest);
        assertThat(Violations.thrownBy(() -> EmailAddress.of("a" + longest)))
                .extracting(Violation::code)
                .containsExactly(ErrorCode.INVALID);
    }

    @Test
    void local_part_longer_than_64_characters_is_invalid() {
        assertThat(Violations.thrownBy(() -> EmailAddress.of("a".repeat(65) + "@example.fr")))
                .extracting(Violation::code)
                .containsExactly(ErrorCode.INVALID);
    }
}
