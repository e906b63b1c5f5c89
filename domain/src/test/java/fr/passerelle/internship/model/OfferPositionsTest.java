package fr.passerelle.internship.model;

import static fr.passerelle.internship.model.InternshipTestData.OFFER_START;
import static fr.passerelle.internship.model.InternshipTestData.offerIn;
import static fr.passerelle.internship.model.InternshipTestData.published;
import static fr.passerelle.internship.model.InternshipTestData.terms;
import static fr.passerelle.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Positions taken and given back by applications, and the status an offer has on a given day. */
class OfferPositionsTest {

    private static final Instant LATER = NOW.plusSeconds(3_600);

    private static InternshipOffer withPositions(int positions) {
        return published(terms().positions(positions).build());
    }

    @Nested
    class Taking {

        @Test
        void the_same_application_taking_its_position_again_changes_nothing() {
            InternshipOffer once = withPositions(3).withPositionTaken("application-1", NOW);

            assertThat(once.withPositionTaken("application-1", LATER)).isSameAs(once);
            assertThat(once.acceptedApplicationIds()).containsExactly("application-1");
        }

        @Test
        void a_retried_accept_of_the_application_that_filled_the_offer_changes_nothing() {
            InternshipOffer filled = withPositions(1).withPositionTaken("application-1", NOW);

            assertThat(filled.status()).isEqualTo(OfferStatus.FILLED);
            assertThat(filled.withPositionTaken("application-1", LATER)).isSameAs(filled);
        }
    }

    @Nested
    class Releasing {

        @Test
        void releasing_the_position_of_a_filled_offer_opens_it_again() {
            InternshipOffer filled = withPositions(2).withPositionTaken("application-1", NOW)
                    .withPositionTaken("application-2", NOW);

            InternshipOffer released = filled.withPositionReleased("application-1", LATER);

            assertThat(released.status()).isEqualTo(OfferStatus.PUBLISHED);
            assertThat(released.acceptedApplicationIds()).containsExactly("application-2");
            assertThat(released.positionsLeft()).isEqualTo(1);
            assertThat(released.updatedAt()).isEqualTo(LATER);
        }

        @Test
        void releasing_one_of_several_positions_of_an_open_offer_keeps_it_published_and_the_others_in_order() {
            InternshipOffer offer = withPositions(4).withPositionTaken("application-1", NOW)
                    .withPositionTaken("application-2", NOW).withPositionTaken("application-3", NOW);

            InternshipOffer released = offer.withPositionReleased("application-2", LATER);

            assertThat(released.status()).isEqualTo(OfferStatus.PUBLISHED);
            assertThat(released.acceptedApplicationIds()).containsExactly("application-1", "application-3");
        }

        @Test
        void an_application_without_a_position_releases_nothing() {
            InternshipOffer offer = withPositions(2).withPositionTaken("application-1", NOW);

            assertThat(offer.withPositionReleased("application-9", LATER)).isSameAs(offer);
        }

        @Test
        void releasing_twice_is_harmless_and_the_position_can_be_taken_again() {
            InternshipOffer released = withPositions(1).withPositionTaken("application-1", NOW)
                    .withPositionReleased("application-1", NOW);

            assertThat(released.withPositionReleased("application-1", LATER)).isSameAs(released);
            InternshipOffer retaken = released.withPositionTaken("application-1", LATER);
            assertThat(retaken.status()).isEqualTo(OfferStatus.FILLED);
            assertThat(retaken.acceptedApplicationIds()).containsExactly("application-1");
        }
    }

    @Nested
    class StatusOnADay {

        @ParameterizedTest(name = "{0} days after the start: {1}")
        @CsvSource({"-30, PUBLISHED", "0, PUBLISHED", "1, EXPIRED", "400, EXPIRED"})
        void a_published_offer_reads_as_expired_once_its_start_date_has_passed(int daysAfterStart,
                                                                                OfferStatus expected) {
            InternshipOffer offer = published(terms().build());

            assertThat(offer.statusOn(OFFER_START.plusDays(daysAfterStart))).isEqualTo(expected);
            assertThat(offer.status()).isEqualTo(OfferStatus.PUBLISHED);
        }

        @ParameterizedTest
        @EnumSource(value = OfferStatus.class, names = "PUBLISHED", mode = EnumSource.Mode.EXCLUDE)
        void any_other_status_reads_the_same_on_any_day(OfferStatus status) {
            InternshipOffer offer = offerIn(status);
            LocalDate longAfter = OFFER_START.plusYears(1);

            assertThat(offer.statusOn(longAfter)).isEqualTo(status);
        }
    }
}
