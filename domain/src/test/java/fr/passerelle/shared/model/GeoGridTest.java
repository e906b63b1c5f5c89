package fr.passerelle.shared.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoGridTest {

    private static final GeoGrid GRID = new GeoGrid(5);

    @ParameterizedTest
    @CsvSource({"45.7690, 4.8800", "-33.87, 151.21", "0, 0", "89.99, -179.99", "-90, 180", "64.13, -21.94"})
    void a_point_is_within_its_cell_and_every_point_of_the_cell_has_the_same_centre(double latitude, double longitude) {
        GeoPoint point = new GeoPoint(latitude, longitude);
        GeoPoint centre = GRID.cellCentre(point);

        assertThat(point.distanceKm(centre)).as("at most half the cell's diagonal").isLessThanOrEqualTo(3.6);
        assertThat(GRID.cellCentre(centre)).as("the centre is in its own cell").isEqualTo(centre);
    }

    @Test
    void points_a_cell_apart_have_different_centres() {
        GeoPoint point = new GeoPoint(45.7690, 4.8800);

        assertThat(GRID.cellCentre(new GeoPoint(45.7690 + 0.05, 4.8800))).isNotEqualTo(GRID.cellCentre(point));
    }
}
