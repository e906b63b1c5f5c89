package fr.passerelle.internship.model;

import static fr.passerelle.internship.model.InternshipTestData.learner;
import static fr.passerelle.internship.model.InternshipTestData.published;
import static fr.passerelle.internship.model.InternshipTestData.terms;
import static fr.passerelle.testing.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.learner.model.Learner;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.shared.model.GeoPoint;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a company reads of an applicant's distance, against trilateration: a recruiter who moves an offer between as
 * many sites as it likes reads, for each, a band and points computed from the coarse home base of the shared profile.
 * Two home bases in the same grid cell therefore give the company exactly the same answers at every site, so no
 * number of sites locates the person better than the cell.
 */
class CompanyDistanceViewTest {

    /** The grid cell of Villeurbanne's town hall, and two homes about 4.5 km apart at opposite corners of it. */
    private static final GeoPoint CELL = SharedProfile.HOME_GRID.cellCentre(new GeoPoint(45.7690, 4.8800));
    private static final GeoPoint HOME = new GeoPoint(CELL.latitude() + 0.015, CELL.longitude() + 0.02);
    private static final GeoPoint NEIGHBOUR = new GeoPoint(CELL.latitude() - 0.015, CELL.longitude() - 0.02);

    /** The company's view of the match, as {@code MatchService} computes it for an applicant. */
    private static Match asTheCompanySeesIt(GeoPoint home, GeoPoint site) {
        Learner shared = SharedProfile.of(learner().mobility(home, 20, false).build(), EnumSet.allOf(ProfilePart.class));
        return MatchingRules.score(shared, published(terms().location(site).build()),
                Optional.of(PartnershipTier.CERTIFIED), MatchWeights.DEFAULT, TODAY).withoutExactDistance();
    }

    private static Match exactly(GeoPoint home, GeoPoint site) {
        return MatchingRules.score(learner().mobility(home, 20, false).build(), published(terms().location(site).build()),
                Optional.of(PartnershipTier.CERTIFIED), MatchWeights.DEFAULT, TODAY);
    }

    /** Sites every 15° of bearing, from 1 to 80 km away: far more than the three a trilateration needs. */
    private static List<GeoPoint> sitesAround(GeoPoint centre) {
        List<GeoPoint> sites = new ArrayList<>();
        for (int km : new int[] {1, 3, 7, 9, 12, 18, 25, 29, 35, 42, 55, 61, 80}) {
            for (int bearing = 0; bearing < 360; bearing += 15) {
                double radians = Math.toRadians(bearing);
                sites.add(new GeoPoint(centre.latitude() + km * Math.cos(radians) / 111.2,
                        centre.longitude() + km * Math.sin(radians) / (111.2 * Math.cos(Math.toRadians(centre.latitude())))));
            }
        }
        return sites;
    }

    @Test
    void the_two_homes_share_a_cell_yet_are_told_apart_by_exact_distances() {
        assertThat(SharedProfile.HOME_GRID.cellCentre(HOME)).isEqualTo(CELL);
        assertThat(SharedProfile.HOME_GRID.cellCentre(NEIGHBOUR)).isEqualTo(CELL);
        assertThat(HOME.distanceKm(NEIGHBOUR)).isGreaterThan(4);
        assertThat(sitesAround(HOME)).anySatisfy(site -> assertThat(exactly(HOME, site).distance().km())
                .isNotEqualTo(exactly(NEIGHBOUR, site).distance().km()));
    }

    @Test
    void no_number_of_sites_tells_two_homes_of_one_cell_apart() {
        for (GeoPoint site : sitesAround(HOME)) {
            Match home = asTheCompanySeesIt(HOME, site);
            Match neighbour = asTheCompanySeesIt(NEIGHBOUR, site);
            assertThat(home).as("site %s", site).isEqualTo(neighbour);
        }
    }

    @Test
    void a_company_reads_a_band_never_kilometres() {
        for (GeoPoint site : sitesAround(HOME)) {
            Match.DistanceFit distance = asTheCompanySeesIt(HOME, site).distance();
            assertThat(distance.km()).isNull();
            assertThat(distance.band()).isNotNull();
        }
    }

    @Test
    void the_learner_keeps_exact_kilometres_and_the_band_they_fall_in() {
        GeoPoint site = new GeoPoint(HOME.latitude() + 0.3, HOME.longitude());

        Match.DistanceFit distance = exactly(HOME, site).distance();

        assertThat(distance.km()).isEqualTo(33.4);
        assertThat(distance.band()).isEqualTo(DistanceBand.FROM_30_TO_60_KM);
    }

    @ParameterizedTest
    @CsvSource({"0, UNDER_10_KM", "9.99, UNDER_10_KM", "10, FROM_10_TO_30_KM", "29.9, FROM_10_TO_30_KM",
            "30, FROM_30_TO_60_KM", "59.9, FROM_30_TO_60_KM", "60, OVER_60_KM", "900, OVER_60_KM"})
    void bands_include_their_lower_bound_and_exclude_their_upper_one(double km, DistanceBand band) {
        assertThat(DistanceBand.of(km)).isEqualTo(band);
    }
}
