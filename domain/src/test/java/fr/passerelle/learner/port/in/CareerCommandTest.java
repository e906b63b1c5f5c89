package fr.passerelle.learner.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.learner.model.CareerPreferences;
import fr.passerelle.learner.port.in.CareerCommand.DateRangeInput;
import fr.passerelle.learner.port.in.CareerCommand.MobilityInput;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import fr.passerelle.testing.Fixtures;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CareerCommandTest {

    private static final LocalDate MAY = LocalDate.of(2025, 5, 1);
    private static final LocalDate AUGUST = LocalDate.of(2025, 8, 31);

    private static CareerCommand moving(MobilityInput mobility) {
        return new CareerCommand(List.of(), List.of(), mobility, List.of(), null);
    }

    private static CareerCommand available(DateRangeInput... periods) {
        return new CareerCommand(List.of(), List.of(), null, List.of(periods), null);
    }

    @Test
    void valid_command_gives_trimmed_preferences_without_duplicates() {
        CareerPreferences career = new CareerCommand(
                List.of(" Ingénieure du son ", "Ingénieure du son", "Régisseuse"),
                List.of(" Audiovisuel "), new MobilityInput(48.85, 2.35, 30, false, true),
                List.of(new DateRangeInput(MAY, AUGUST)), Money.euros(1_800)).validate(Fixtures.TODAY);

        assertThat(career).isEqualTo(new CareerPreferences(List.of("Ingénieure du son", "Régisseuse"),
                List.of("Audiovisuel"), new CareerPreferences.Mobility(new GeoPoint(48.85, 2.35), 30, false, true),
                List.of(new DateRange(MAY, AUGUST)), Money.euros(1_800)));
    }

    @Test
    void nothing_sent_is_no_preference() {
        assertThat(new CareerCommand(null, null, null, null, null).validate(Fixtures.TODAY)).isEqualTo(CareerPreferences.NONE);
    }

    @Test
    void mobility_without_home_base_is_fine() {
        assertThat(moving(new MobilityInput(null, null, null, true, false)).validate(Fixtures.TODAY).mobility())
                .isEqualTo(new CareerPreferences.Mobility(null, null, true, false));
    }

    @Test
    void the_radius_goes_from_0_to_1000_km() {
        assertThat(moving(new MobilityInput(null, null, 0, false, false)).validate(Fixtures.TODAY).mobility().radiusKm()).isZero();
        assertThat(moving(new MobilityInput(null, null, 1_000, false, false)).validate(Fixtures.TODAY).mobility().radiusKm())
                .isEqualTo(1_000);
        for (int radius : List.of(-1, 1_001)) {
            assertThat(Violations.thrownBy(() -> moving(new MobilityInput(null, null, radius, false, false))
                    .validate(Fixtures.TODAY)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("mobility", "radiusKm"), ErrorCode.OUT_OF_RANGE));
        }
    }

    @Test
    void longitude_without_latitude_requires_the_latitude() {
        assertThat(Violations.thrownBy(() -> moving(new MobilityInput(null, 2.35, 30, false, false)).validate(Fixtures.TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("mobility", "latitude"), ErrorCode.REQUIRED));
    }
    @Test
    void latitude_without_longitude_requires_the_longitude() {
        assertThat(Violations.thrownBy(() -> moving(new MobilityInput(48.85, null, 30, false, false)).validate(Fixtures.TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("mobility", "longitude"), ErrorCode.REQUIRED));
    }

    @Test
    void latitude_without_longitude_is_refused() {
        assertThat(Violations.thrownBy(() -> moving(new MobilityInput(48.85, null, 30, false, false)).validate(Fixtures.TODAY)))
                .extracting(Violation::code).containsExactly(ErrorCode.REQUIRED);
    }

    @Test
    void coordinates_out_of_range_are_reported_under_mobility() {
        assertThat(Violations.thrownBy(() -> moving(new MobilityInput(91.0, -181.0, 30, false, false)).validate(Fixtures.TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple(List.of("mobility", "latitude"), ErrorCode.OUT_OF_RANGE),
                        tuple(List.of("mobility", "longitude"), ErrorCode.OUT_OF_RANGE));
    }

    @Test
    void an_availability_is_planned_within_ten_years_of_today() {
        assertThat(Violations.pathsAndCodesThrownBy(() -> available(
                new DateRangeInput(MAY, LocalDate.of(99_999, 12, 31))).validate(Fixtures.TODAY)))
                .containsExactly("availability.0.end OUT_OF_RANGE");
    }

    @Test
    void an_availability_does_not_end_before_it_starts() {
        assertThat(available(new DateRangeInput(MAY, MAY)).validate(Fixtures.TODAY).availability())
                .containsExactly(new DateRange(MAY, MAY));
        assertThat(Violations.thrownBy(() -> available(new DateRangeInput(MAY, MAY.minusDays(1))).validate(Fixtures.TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("availability", "0", "end"), ErrorCode.INVALID));
    }

    @Test
    void an_availability_needs_its_start_and_end() {
        assertThat(Violations.fieldsThrownBy(() -> available(new DateRangeInput(null, AUGUST)).validate(Fixtures.TODAY)))
                .containsExactly(List.of("availability", "0", "start"));
        assertThat(Violations.fieldsThrownBy(() -> available(new DateRangeInput(MAY, null)).validate(Fixtures.TODAY)))
                .containsExactly(List.of("availability", "0", "end"));
    }
    @Test
    void an_availability_without_start_nor_end_reports_both() {
        assertThat(Violations.fieldsThrownBy(() -> available(new DateRangeInput(null, null)).validate(Fixtures.TODAY)))
                .containsExactly(List.of("availability", "0", "start"), List.of("availability", "0", "end"));
    }

    @ParameterizedTest(name = "salary of {0} cents")
    @ValueSource(longs = {-1, -180_000})
    void a_salary_expectation_is_not_negative(long cents) {
        var command = new CareerCommand(List.of(), List.of(), null, List.of(),
                new Money(cents, Currency.getInstance("EUR")));

        assertThat(Violations.thrownBy(() -> command.validate(Fixtures.TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("salaryExpectation"), ErrorCode.OUT_OF_RANGE));
    }

    @Test
    void lists_hold_at_most_50_items() {
        var tooMany = new CareerCommand(Collections.nCopies(51, "Monteur"), Collections.nCopies(51, "Cinéma"), null,
                Collections.nCopies(51, new DateRangeInput(MAY, AUGUST)), null);

        assertThat(Violations.thrownBy(() -> tooMany.validate(Fixtures.TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple(List.of("targetRoles"), ErrorCode.OUT_OF_RANGE),
                        tuple(List.of("preferredSectors"), ErrorCode.OUT_OF_RANGE),
                        tuple(List.of("availability"), ErrorCode.OUT_OF_RANGE));
    }

    @Test
    void every_problem_is_reported_at_once_with_its_field() {
        var command = new CareerCommand(List.of(" ", "r".repeat(81)), List.of("Cinéma"),
                new MobilityInput(null, 2.35, 5_000, true, true),
                List.of(new DateRangeInput(MAY, AUGUST), new DateRangeInput(AUGUST, MAY),
                        new DateRangeInput(null, MAY)),
                new Money(-1, Currency.getInstance("EUR")));

        assertThat(Violations.thrownBy(() -> command.validate(Fixtures.TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple(List.of("targetRoles", "0"), ErrorCode.REQUIRED),
                        tuple(List.of("targetRoles", "1"), ErrorCode.TOO_LONG),
                        tuple(List.of("mobility", "latitude"), ErrorCode.REQUIRED),
                        tuple(List.of("mobility", "radiusKm"), ErrorCode.OUT_OF_RANGE),
                        tuple(List.of("availability", "1", "end"), ErrorCode.INVALID),
                        tuple(List.of("availability", "2", "start"), ErrorCode.REQUIRED),
                        tuple(List.of("salaryExpectation"), ErrorCode.OUT_OF_RANGE));
    }
}
