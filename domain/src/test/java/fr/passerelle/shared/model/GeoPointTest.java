package fr.passerelle.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoPointTest {

    private static final GeoPoint PARIS = new GeoPoint(48.8566, 2.3522);
    private static final GeoPoint LYON = new GeoPoint(45.7640, 4.8357);
    /** Half the circumference of the mean sphere: π × 6,371.0088 km. */
    private static final double HALF_CIRCUMFERENCE_KM = 20_015.1;

    @Test
    void paris_to_lyon_is_about_392_km() {
        assertThat(PARIS.distanceKm(LYON)).isCloseTo(392, withinPercentage(1));
    }

    @Test
    void a_point_is_at_zero_km_from_itself() {
        assertThat(PARIS.distanceKm(PARIS)).isZero();
    }

    @ParameterizedTest(name = "({0}, {1}) and ({2}, {3})")
    @CsvSource({
            "0,       0,      0,        180",
            "48.8566, 2.3522, -48.8566, -177.6478",
            "90,      0,      -90,      0",
    })
    void antipodes_are_half_the_circumference_apart(double lat1, double lon1, double lat2, double lon2) {
        double km = new GeoPoint(lat1, lon1).distanceKm(new GeoPoint(lat2, lon2));

        assertThat(km).isCloseTo(HALF_CIRCUMFERENCE_KM, within(1.0));
    }

    @ParameterizedTest(name = "({0}, {1}) and ({2}, {3})")
    @CsvSource({
            "48.8566,  2.3522,  45.7640,  4.8357",
            "-33.8688, 151.2093, 40.7128, -74.0060",
            "64.1466,  -21.9426, -17.7134, 178.0650",
            "0,        179.9,    0,       -179.9",
    })
    void distance_is_symmetric(double lat1, double lon1, double lat2, double lon2) {
        var a = new GeoPoint(lat1, lon1);
        var b = new GeoPoint(lat2, lon2);

        assertThat(a.distanceKm(b)).isCloseTo(b.distanceKm(a), within(1e-9));
    }

    @Test
    void the_shorter_way_round_is_taken_across_the_antimeridian() {
        // 0.2° of longitude at the equator: 0.2 × π × 6,371.0088 / 180 ≈ 22.24 km.
        double km = new GeoPoint(0, 179.9).distanceKm(new GeoPoint(0, -179.9));

        assertThat(km).isCloseTo(22.24, within(0.01));
    }

    @ParameterizedTest(name = "({0}, {1}) refused on {2}")
    @CsvSource({
            "90.0001,  0,        latitude",
            "-91,      0,        latitude",
            "NaN,      0,        latitude",
            "0,        180.0001, longitude",
            "0,        -181,     longitude",
            "0,        NaN,      longitude",
    })
    void coordinates_outside_the_globe_are_refused(double latitude, double longitude, String field) {
        List<Violation> violations = Violations.thrownBy(() -> new GeoPoint(latitude, longitude));

        assertThat(violations).extracting(Violation::field).containsExactly(List.of(field));
        assertThat(violations).extracting(Violation::code).containsExactly(ErrorCode.OUT_OF_RANGE);
    }
}
