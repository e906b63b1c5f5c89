package fr.passerelle.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressDraftTest {

    private static AddressDraft draft(String postalCode, String countryCode, Double latitude, Double longitude) {
        return new AddressDraft("12 rue des Studios", postalCode, "Paris", countryCode, latitude, longitude);
    }

    @Test
    void valid_draft_becomes_a_trimmed_address_with_its_coordinates() {
        Address address = new AddressDraft("  12 rue des Studios ", " 75011 ", " Paris ", "FR", 48.86, 2.38).validate();

        assertThat(address).isEqualTo(new Address("12 rue des Studios", "75011", "Paris", "FR", new GeoPoint(48.86, 2.38)));
    }

    @ParameterizedTest(name = "country \"{0}\" defaults to FR")
    @NullSource
    @ValueSource(strings = {"", "   "})
    void missing_country_defaults_to_france(String countryCode) {
        assertThat(draft("75011", countryCode, null, null).validate().countryCode()).isEqualTo("FR");
    }

    @ParameterizedTest(name = "country \"{0}\" is stored as {0} upper-cased")
    @ValueSource(strings = {"fr", " fr ", "Be"})
    void lower_case_country_codes_are_accepted_and_upper_cased(String countryCode) {
        assertThat(draft("75011", countryCode, null, null).validate().countryCode())
                .isEqualTo(countryCode.strip().toUpperCase());
    }

    @Test
    void address_without_coordinates_has_no_location() {
        assertThat(draft("75011", "FR", null, null).validate().location()).isNull();
    }

    @Test
    void latitude_without_longitude_requires_the_longitude() {
        assertThat(Violations.thrownBy(() -> draft("75011", "FR", 48.86, null).validate()))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("longitude"), ErrorCode.REQUIRED));
    }

    @Test
    void longitude_without_latitude_requires_the_latitude() {
        assertThat(Violations.thrownBy(() -> draft("75011", "FR", null, 2.38).validate()))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("latitude"), ErrorCode.REQUIRED));
    }

    @Test
    void several_problems_are_reported_together() {
        List<Violation> violations = Violations.thrownBy(() -> draft(" ", "ZZ", 200.0, 2.38).validate());

        assertThat(violations)
                .extracting(Violation::code)
                .containsExactlyInAnyOrder(ErrorCode.OUT_OF_RANGE, ErrorCode.REQUIRED, ErrorCode.INVALID);
        assertThat(violations)
                .extracting(v -> v.field().get(v.field().size() - 1))
                .containsExactlyInAnyOrder("latitude", "postalCode", "countryCode");
    }

    @Test
    void violations_are_reported_on_the_draft_field_paths() {
        assertThat(Violations.fieldsThrownBy(() -> draft(null, "ZZ", null, null).validate()))
                .containsExactlyInAnyOrder(List.of("postalCode"), List.of("countryCode"));
    }

    @Test
    void out_of_range_latitude_is_reported_on_latitude() {
        assertThat(Violations.thrownBy(() -> draft("75011", "FR", 200.0, 2.38).validate()))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("latitude"), ErrorCode.OUT_OF_RANGE));
    }

    @ParameterizedTest(name = "latitude {0} is out of range")
    @ValueSource(doubles = {200.0, -90.5, Double.NaN})
    void out_of_range_latitude_is_refused(double latitude) {
        assertThat(Violations.thrownBy(() -> draft("75011", "FR", latitude, 2.38).validate()))
                .extracting(Violation::code)
                .containsExactly(ErrorCode.OUT_OF_RANGE);
    }

    @Test
    void postal_code_longer_than_40_characters_is_too_long() {
        assertThat(Violations.thrownBy(() -> draft("7".repeat(41), "FR", null, null).validate()))
                .extracting(Violation::code)
                .containsExactly(ErrorCode.TOO_LONG);
    }
}
