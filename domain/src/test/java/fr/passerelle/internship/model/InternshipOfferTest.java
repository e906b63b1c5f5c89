package fr.passerelle.internship.model;

import static fr.passerelle.internship.model.InternshipTestData.OFFER_END;
import static fr.passerelle.internship.model.InternshipTestData.OFFER_START;
import static fr.passerelle.internship.model.InternshipTestData.draft;
import static fr.passerelle.internship.model.InternshipTestData.offerIn;
import static fr.passerelle.internship.model.InternshipTestData.published;
import static fr.passerelle.internship.model.InternshipTestData.requirement;
import static fr.passerelle.internship.model.InternshipTestData.terms;
import static fr.passerelle.testing.Fixtures.NOW;
import static fr.passerelle.testing.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.internship.model.InternshipTestData.TermsBuilder;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class InternshipOfferTest {

    private static final Instant LATER = NOW.plusSeconds(3_600);

    private static void assertRefused(ThrowingCallable call, String field, ErrorCode code) {
        List<Violation> violations = Violations.thrownBy(call);

        assertThat(violations).extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of(field), code));
    }

    @Nested
    class Publishing {

        @Test
        void a_new_offer_is_a_draft_of_the_first_terms_version() {
            InternshipOffer offer = draft(terms().build());

            assertThat(offer.status()).isEqualTo(OfferStatus.DRAFT);
            assertThat(offer.termsVersion()).isEqualTo(1);
            assertThat(offer.positionsFilled()).isZero();
            assertThat(offer.createdAt()).isEqualTo(NOW);
            assertThat(offer.updatedAt()).isEqualTo(NOW);
            assertThat(offer.publishedAt()).isNull();
        }

        @Test
        void a_draft_is_published_with_its_terms_as_they_are() {
            InternshipOffer draft = draft(terms().build());

            InternshipOffer published = draft.published(TODAY, LATER);

            assertThat(published.status()).isEqualTo(OfferStatus.PUBLISHED);
            assertThat(published.publishedAt()).isEqualTo(LATER);
            assertThat(published.updatedAt()).isEqualTo(LATER);
            assertThat(published.terms()).isEqualTo(draft.terms());
            assertThat(published.termsVersion()).isEqualTo(1);
        }

        @Test
        void publishing_twice_returns_the_same_offer() {
            InternshipOffer published = published(terms().build());

            assertThat(published.published(TODAY, LATER)).isSameAs(published);
        }

        @Test
        void an_offer_starting_today_can_be_published() {
            InternshipOffer offer = draft(terms().dates(TODAY, OFFER_END).build());

            assertThat(offer.published(TODAY, NOW).status()).isEqualTo(OfferStatus.PUBLISHED);
        }

        @Test
        void an_offer_whose_start_date_is_past_cannot_be_published() {
            InternshipOffer offer = draft(terms().dates(TODAY.minusDays(1), OFFER_END).build());

            assertRefused(() -> offer.published(TODAY, NOW), "startDate", ErrorCode.INVALID_STATE);
        }

        @ParameterizedTest
        @EnumSource(value = OfferStatus.class, names = {"CLOSED", "FILLED", "EXPIRED"})
        void an_offer_that_is_history_cannot_be_published_again(OfferStatus status) {
            InternshipOffer offer = offerIn(status);

            assertRefused(() -> offer.published(TODAY, NOW), "status", ErrorCode.INVALID_STATE);
        }
    }

    @Nested
    class Editing {

        @Test
        void a_draft_takes_any_new_terms_without_a_new_version() {
            InternshipOffer draft = draft(terms().build());
            OfferTerms changed = terms().hoursPerWeek(28).stipend(Money.euros(700)).title("Assistante son").build();

            InternshipOffer edited = draft.withTerms(changed, LATER);

            assertThat(edited.terms()).isEqualTo(changed);
            assertThat(edited.termsVersion()).isEqualTo(1);
            assertThat(edited.updatedAt()).isEqualTo(LATER);
            assertThat(edited.status()).isEqualTo(OfferStatus.DRAFT);
            assertThat(draft.revisesEssentials(changed)).isFalse();
        }

        static Stream<Arguments> nonEssentialChanges() {
            return Stream.of(
                    Arguments.of("title", (UnaryOperator<TermsBuilder>) t -> t.title("Assistant·e son")),
                    Arguments.of("description", (UnaryOperator<TermsBuilder>) t -> t.description("Studio et live.")),
                    Arguments.of("tutor", (UnaryOperator<TermsBuilder>) t -> t.tutor("membership-7")),
                    Arguments.of("target schools", (UnaryOperator<TermsBuilder>) t -> t.targetSchools("school-b")),
                    Arguments.of("target programs", (UnaryOperator<TermsBuilder>) t -> t.targetPrograms("BTS-SON")),
                    Arguments.of("positions", (UnaryOperator<TermsBuilder>) t -> t.positions(3)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("nonEssentialChanges")
        void a_published_offer_takes_non_essential_changes_in_the_same_terms_version(
                String change, UnaryOperator<TermsBuilder> edit) {
            InternshipOffer offer = published(terms().build());
            OfferTerms changed = edit.apply(terms()).build();

            InternshipOffer edited = offer.withTerms(changed, LATER);

            assertThat(offer.revisesEssentials(changed)).isFalse();
            assertThat(edited.terms()).isEqualTo(changed);
            assertThat(edited.termsVersion()).isEqualTo(1);
            assertThat(edited.status()).isEqualTo(OfferStatus.PUBLISHED);
            assertThat(edited.publishedAt()).isEqualTo(offer.publishedAt());
            assertThat(edited.updatedAt()).isEqualTo(LATER);
        }

        static Stream<Arguments> essentialChanges() {
            return Stream.of(
                    Arguments.of("kind", (UnaryOperator<TermsBuilder>) t -> t.kind(OfferKind.APPRENTICESHIP)),
                    Arguments.of("site", (UnaryOperator<TermsBuilder>) t -> t.siteId("site-paris")),
                    Arguments.of("start date",
                            (UnaryOperator<TermsBuilder>) t -> t.dates(OFFER_START.plusDays(7), OFFER_END)),
                    Arguments.of("end date",
                            (UnaryOperator<TermsBuilder>) t -> t.dates(OFFER_START, OFFER_END.plusDays(31))),
                    Arguments.of("hours per week", (UnaryOperator<TermsBuilder>) t -> t.hoursPerWeek(39)),
                    Arguments.of("stipend amount", (UnaryOperator<TermsBuilder>) t -> t.stipend(Money.euros(600))),
                    Arguments.of("stipend removed", (UnaryOperator<TermsBuilder>) t -> t.stipend(null)),
                    Arguments.of("required skill added", (UnaryOperator<TermsBuilder>) t -> t.required(
                            requirement("sound-mixing", ProficiencyLevel.INTERMEDIATE),
                            requirement("pro-tools", ProficiencyLevel.BEGINNER))),
                    Arguments.of("required skill level raised", (UnaryOperator<TermsBuilder>) t -> t.required(
                            requirement("sound-mixing", ProficiencyLevel.ADVANCED))),
                    Arguments.of("required skills removed", (UnaryOperator<TermsBuilder>) TermsBuilder::required),
                    Arguments.of("work mode", (UnaryOperator<TermsBuilder>) t -> t.workMode(WorkMode.HYBRID)),
                    Arguments.of("rhythm", (UnaryOperator<TermsBuilder>) t -> t.rhythm(new Rhythm(2, 3))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("essentialChanges")
        void changing_an_essential_term_of_a_published_offer_makes_a_new_terms_version(
                String change, UnaryOperator<TermsBuilder> edit) {
            InternshipOffer offer = published(terms().build());
            OfferTerms changed = edit.apply(terms()).build();

            InternshipOffer edited = offer.withTerms(changed, LATER);

            assertThat(offer.revisesEssentials(changed)).isTrue();
            assertThat(edited.terms()).isEqualTo(changed);
            assertThat(edited.termsVersion()).isEqualTo(2);
            assertThat(edited.status()).isEqualTo(OfferStatus.PUBLISHED);
            assertThat(edited.updatedAt()).isEqualTo(LATER);
        }

        @Test
        void each_revision_of_the_essentials_adds_one_version() {
            InternshipOffer offer = published(terms().build())
                    .withTerms(terms().hoursPerWeek(30).build(), LATER)
                    .withTerms(terms().hoursPerWeek(30).title("Nouveau titre").build(), LATER)
                    .withTerms(terms().hoursPerWeek(30).title("Nouveau titre").stipend(Money.euros(700)).build(),
                            LATER);

            assertThat(offer.termsVersion()).isEqualTo(3);
        }

        @ParameterizedTest
        @EnumSource(value = OfferStatus.class, names = {"DRAFT", "PUBLISHED"})
        void identical_terms_return_the_same_offer(OfferStatus status) {
            InternshipOffer offer = offerIn(status);

            assertThat(offer.withTerms(terms().positions(1).build(), LATER)).isSameAs(offer);
        }

        @ParameterizedTest
        @EnumSource(value = OfferStatus.class, names = {"CLOSED", "FILLED", "EXPIRED"})
        void an_offer_that_is_history_cannot_be_edited(OfferStatus status) {
            InternshipOffer offer = offerIn(status);
            OfferTerms changed = terms().positions(1).title("Autre titre").build();

            assertRefused(() -> offer.withTerms(changed, LATER), "status", ErrorCode.INVALID_STATE);
        }

        @Test
        void positions_cannot_go_below_those_already_filled() {
            InternshipOffer offer = published(terms().positions(3).build())
                    .withPositionTaken("application-1", NOW).withPositionTaken("application-2", NOW);

            assertRefused(() -> offer.withTerms(terms().positions(1).build(), LATER), "positions",
                    ErrorCode.OUT_OF_RANGE);
        }

        @Test
        void positions_may_grow_while_some_are_filled() {
            InternshipOffer offer = published(terms().positions(2).build()).withPositionTaken("application-3", NOW);

            InternshipOffer edited = offer.withTerms(terms().positions(4).build(), LATER);

            assertThat(edited.positionsFilled()).isEqualTo(1);
            assertThat(edited.positionsLeft()).isEqualTo(3);
        }
    }

    @Nested
    class Closing {

        @ParameterizedTest
        @EnumSource(value = OfferStatus.class, names = {"DRAFT", "PUBLISHED"})
        void a_draft_or_published_offer_can_be_closed(OfferStatus status) {
            InternshipOffer closed = offerIn(status).closed(LATER);

            assertThat(closed.status()).isEqualTo(OfferStatus.CLOSED);
            assertThat(closed.updatedAt()).isEqualTo(LATER);
        }

        @Test
        void closing_twice_is_harmless() {
            InternshipOffer closed = offerIn(OfferStatus.CLOSED);

            assertThat(closed.closed(LATER)).isSameAs(closed);
        }

        @ParameterizedTest
        @EnumSource(value = OfferStatus.class, names = {"FILLED", "EXPIRED"})
        void a_filled_or_expired_offer_cannot_be_closed(OfferStatus status) {
            InternshipOffer offer = offerIn(status);

            assertRefused(() -> offer.closed(LATER), "status", ErrorCode.INVALID_STATE);
        }
    }

    @Nested
    class Expiring {

        @Test
        void a_published_offer_expires_the_day_after_its_start_date() {
            InternshipOffer offer = published(terms().build());

            InternshipOffer expired = offer.expiredOn(OFFER_START.plusDays(1), LATER);

            assertThat(expired.status()).isEqualTo(OfferStatus.EXPIRED);
            assertThat(expired.updatedAt()).isEqualTo(LATER);
        }

        @Test
        void a_published_offer_is_still_open_on_its_start_date() {
            InternshipOffer offer = published(terms().build());

            assertThat(offer.expiredOn(OFFER_START, LATER)).isSameAs(offer);
        }

        @ParameterizedTest
        @EnumSource(value = OfferStatus.class, names = {"DRAFT", "CLOSED", "FILLED", "EXPIRED"})
        void only_a_published_offer_expires(OfferStatus status) {
            InternshipOffer offer = offerIn(status);

            assertThat(offer.expiredOn(OFFER_END.plusYears(1), LATER)).isSameAs(offer);
        }
    }

    @Nested
    class Positions {

        @Test
        void each_accepted_application_takes_a_position_and_the_last_one_fills_the_offer() {
            InternshipOffer offer = published(terms().positions(2).build());
            assertThat(offer.positionsLeft()).isEqualTo(2);

            InternshipOffer once = offer.withPositionTaken("application-4", LATER);
            assertThat(once.status()).isEqualTo(OfferStatus.PUBLISHED);
            assertThat(once.positionsFilled()).isEqualTo(1);
            assertThat(once.positionsLeft()).isEqualTo(1);
            assertThat(once.updatedAt()).isEqualTo(LATER);

            InternshipOffer twice = once.withPositionTaken("application-5", LATER);
            assertThat(twice.status()).isEqualTo(OfferStatus.FILLED);
            assertThat(twice.positionsFilled()).isEqualTo(2);
            assertThat(twice.positionsLeft()).isZero();
        }

        @ParameterizedTest
        @EnumSource(value = OfferStatus.class, names = {"DRAFT", "CLOSED", "FILLED", "EXPIRED"})
        void only_a_published_offer_takes_interns(OfferStatus status) {
            InternshipOffer offer = offerIn(status);

            assertRefused(() -> offer.withPositionTaken("application-6", LATER), "status", ErrorCode.INVALID_STATE);
        }

        @Test
        void positions_left_of_a_draft_are_all_its_positions() {
            assertThat(draft(terms().positions(5).build()).positionsLeft()).isEqualTo(5);
        }
    }

    @Test
    void the_lifecycle_keeps_identity_and_creation() {
        InternshipOffer offer = published(terms().build()).withPositionTaken("application-7", LATER).closed(LATER);

        assertThat(offer.id()).isEqualTo("offer-1");
        assertThat(offer.companyId()).isEqualTo("company-1");
        assertThat(offer.createdBy()).isEqualTo("recruiter-1");
        assertThat(offer.createdAt()).isEqualTo(NOW);
        assertThat(offer.version()).isZero();
        assertThat(offer.publishedAt()).isEqualTo(NOW);
    }
}
