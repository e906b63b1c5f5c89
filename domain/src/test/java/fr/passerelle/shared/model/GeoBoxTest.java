package fr.passerelle.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoBoxTest {

    private static final int[] BEARINGS = {0, 15, 30, 45, 60, 75, 90, 105, 120, 135, 150, 165, 180, 195, 210, 225,
            240, 255, 270, 285, 300, 315, 330, 345};
    private static final double[] FRACTIONS_OF_RADIUS = {0.1, 0.5, 0.9, 1.0};

    /** The point {@code km} away from {@code from} on the great circle leaving it at {@code bearing} degrees. */
    private static GeoPoint destination(GeoPoint from, double bearing, double km) {
        double angle = km / GeoPoint.EARTH_RADIUS_KM;
        double lat1 = Math.toRadians(from.latitude());
        double lon1 = Math.toRadians(from.longitude());
        double theta = Math.toRadians(bearing);
        double lat2 = Math.asin(Math.sin(lat1) * Math.cos(angle)
                + Math.cos(lat1) * Math.sin(angle) * Math.cos(theta));
        double lon2 = lon1 + Math.atan2(Math.sin(theta) * Math.sin(angle) * Math.cos(lat1),
                Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));
        double longitude = (Math.toDegrees(lon2) + 540) % 360 - 180;
        return new GeoPoint(Math.max(-90, Math.min(90, Math.toDegrees(lat2))), longitude);
    }

    /** Points on circles of several radii up to {@code radiusKm} around the centre, at every 15°. */
    private static List<GeoPoint> pointsWithin(GeoPoint centre, double radiusKm) {
        List<GeoPoint> points = new ArrayList<>();
        for (int bearing : BEARINGS) {
            for (double fraction : FRACTIONS_OF_RADIUS) {
                GeoPoint point = destination(centre, bearing, radiusKm * fraction);
                // The property is about distances as GeoPoint computes them: keep the sample honest at the rim.
                if (centre.distanceKm(point) <= radiusKm) {
                    points.add(point);
                }
            }
        }
        return points;
    }

    private static void assertHoldsEveryPointWithin(GeoPoint centre, double radiusKm) {
        GeoBox box = GeoBox.around(centre, radiusKm);
        List<GeoPoint> points = pointsWithin(centre, radiusKm);
        assertThat(points).as("sample size").hasSizeGreaterThan(BEARINGS.length * 3);

        var softly = new SoftAssertions();
        softly.assertThat(box.contains(centre)).as("centre %s in %s", centre, box).isTrue();
        for (GeoPoint point : points) {
            softly.assertThat(box.contains(point))
                    .as("%s at %.3f km of %s, in %s", point, centre.distanceKm(point), centre, box).isTrue();
        }
        softly.assertAll();
    }

    @ParameterizedTest(name = "({0}, {1}) within {2} km")
    @CsvSource({
            "0,        0,        1",
            "0,        0,        100",
            "0,        0,        2000",
            "45.7640,  4.8357,   1",
            "45.7640,  4.8357,   30",
            "45.7640,  4.8357,   500",
            "60,       10,       10",
            "60,       10,       300",
            "60,       10,       2000",
            "-60,      -70,      10",
            "-60,      -70,      1000",
            "75,       20,       200",
            "75,       20,       1500",
            "-17.7134, 170.0,    500",
            "-17.7134, 178.0650, 10",
            "65.0,     -179.0,   20",
    })
    void every_point_within_the_radius_lies_in_the_box(double latitude, double longitude, double radiusKm) {
        assertHoldsEveryPointWithin(new GeoPoint(latitude, longitude), radiusKm);
    }
    @ParameterizedTest(name = "({0}, {1}) within {2} km")
    @CsvSource({
            "-17.7134, 178.0650, 500",
            "0,        179.9,    50",
            "65.0,     -179.0,   200",
            "-45,      -179.5,   100",
    })
    void every_point_within_the_radius_lies_in_the_box_across_the_antimeridian(double latitude, double longitude,
                                                                              double radiusKm) {
        assertHoldsEveryPointWithin(new GeoPoint(latitude, longitude), radiusKm);
    }

    @ParameterizedTest(name = "({0}, {1}) within {2} km")
    @CsvSource({
            "0,        0,       1",
            "0,        0,       200",
            "45.7640,  4.8357,  10",
            "45.7640,  4.8357,  200",
            "60,       10,      50",
            "60,       10,      200",
            "-60,      -70,     200",
    })
    void points_half_as_far_again_due_north_or_east_lie_outside(double latitude, double longitude, double radiusKm) {
        var centre = new GeoPoint(latitude, longitude);
        GeoBox box = GeoBox.around(centre, radiusKm);

        GeoPoint north = destination(centre, 0, 1.5 * radiusKm);
        GeoPoint east = destination(centre, 90, 1.5 * radiusKm);

        assertThat(box.contains(north)).as("%s due north, outside %s", north, box).isFalse();
        assertThat(box.contains(east)).as("%s due east, outside %s", east, box).isFalse();
    }

    @Test
    void latitudes_span_the_radius_on_either_side_of_the_centre() {
        // 111.195 km per degree of latitude (π × 6,371.0088 / 180): 100 km is 0.8993°.
        GeoBox box = GeoBox.around(new GeoPoint(45, 5), 100);

        assertThat(box.minLatitude()).isCloseTo(44.1007, within(1e-4));
        assertThat(box.maxLatitude()).isCloseTo(45.8993, within(1e-4));
    }

    @ParameterizedTest(name = "({0}, {1}) within {2} km")
    @CsvSource({
            "88.5,   10,   100",
            "89.9,   0,    50",
            "-89.5,  120,  10",
            "75,     20,   1600",
    })
    void a_box_reaching_a_pole_takes_every_longitude(double latitude, double longitude, double radiusKm) {
        var centre = new GeoPoint(latitude, longitude);

        GeoBox box = GeoBox.around(centre, radiusKm);

        assertThat(box.minLongitude()).isEqualTo(-180);
        assertThat(box.maxLongitude()).isEqualTo(180);
        assertThat(box.minLatitude()).isGreaterThanOrEqualTo(-90);
        assertThat(box.maxLatitude()).isLessThanOrEqualTo(90);
        assertHoldsEveryPointWithin(centre, radiusKm);
    }

    @Test
    void a_point_across_the_pole_is_in_the_polar_box() {
        var centre = new GeoPoint(89.9, 0);
        var acrossThePole = new GeoPoint(89.9, 180);
        assertThat(centre.distanceKm(acrossThePole)).isLessThan(25);

        assertThat(GeoBox.around(centre, 25).contains(acrossThePole)).isTrue();
    }
}
