package fr.passerelle.internship.service;

import static fr.passerelle.internship.service.MarketplaceScene.COMPANY_C;
import static fr.passerelle.testing.Fixtures.TODAY;
import static fr.passerelle.internship.service.MarketplaceScene.LYON;
import static fr.passerelle.internship.service.MarketplaceScene.SCHOOL_A;
import static fr.passerelle.internship.service.MarketplaceScene.SCHOOL_B;
import static fr.passerelle.internship.service.MarketplaceScene.SITE_MARSEILLE;
import static fr.passerelle.internship.service.MarketplaceScene.SITE_PARIS;
import static fr.passerelle.internship.service.MarketplaceScene.TUTOR_MEMBERSHIP;
import static fr.passerelle.internship.service.MarketplaceScene.offer;
import static fr.passerelle.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.company.model.VettingStatus;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.OfferEvents;
import fr.passerelle.internship.model.OfferFilter;
import fr.passerelle.internship.model.OfferOrderField;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.internship.service.MarketplaceScene.OfferCommandBuilder;
import fr.passerelle.internship.service.MarketplaceScene.Who;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.DomainEvents;
import fr.passerelle.testing.InMemoryOffers;
import fr.passerelle.testing.Outcome;
import fr.passerelle.testing.Violations;
import fr.passerelle.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class OfferServiceTest {

    private static final Sort<OfferOrderField> BY_START = new Sort<>(OfferOrderField.START_DATE, true);
    private static final Paging FIRST_PAGE = Paging.first(Paging.DEFAULT_SIZE, null);
    private static final Initiator RECRUITER_OF_C =
            new Initiator("recruiter-c", Set.of(), "company:" + COMPANY_C, null, null);

    private final MarketplaceScene scene = new MarketplaceScene();
    private final OfferService service = scene.offerService;
    private final InMemoryOffers offers = scene.offers;

    private static void assertRefused(ThrowingCallable call, String field, ErrorCode code) {
        assertThat(Violations.thrownBy(call)).extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of(field.split("\\.")), code));
    }

    private InternshipOffer create(OfferCommandBuilder command) {
        return service.create(scene.as(Who.RECRUITER_OF_C), COMPANY_C, command.build());
    }

    private static void assertEvent(DomainEvent event, String type, InternshipOffer offer, long version) {
        assertThat(event).usingRecursiveComparison().ignoringFields("id", "changedFields").isEqualTo(
                DomainEvents.expected(type, "InternshipOffer", offer.id(), version, RECRUITER_OF_C, List.of(),
                        Map.of("company", "company:" + COMPANY_C)));
    }

    private List<String> ids(List<InternshipOffer> found) {
        return found.stream().map(InternshipOffer::id).toList();
    }

    @Nested
    class Create {

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({
                "PLATFORM_ADMIN,    OK",
                "RECRUITER_OF_C,    OK",
                "TUTOR_OF_C,        FORBIDDEN",
                "ADVISOR,           FORBIDDEN",
                "RECRUITER_OF_D,    NOT_FOUND",
                "STAFF_OF_SCHOOL_A, NOT_FOUND",
                "ALICE,             NOT_FOUND",
        })
        void the_companys_recruiters_and_platform_admins_create_its_offers(Who who, Outcome expected) {
            Outcome outcome = Outcome.of(() -> service.create(scene.as(who), COMPANY_C, offer().build()));

            assertThat(outcome).isEqualTo(expected);
            assertThat(offers.size()).isEqualTo(expected == Outcome.OK ? 1 : 0);
        }

        @Test
        void a_missing_company_looks_like_someone_elses() {
            assertThatThrownBy(() -> service.create(scene.as(Who.PLATFORM_ADMIN), "company-404", offer().build()))
                    .isInstanceOf(NotFoundException.class).hasMessage("Company company-404 not found");
        }

        @Test
        void a_new_offer_is_a_draft_placed_at_its_site() {
            InternshipOffer offer = create(offer());

            assertThat(offer.status()).isEqualTo(OfferStatus.DRAFT);
            assertThat(offer.companyId()).isEqualTo(COMPANY_C);
            assertThat(offer.termsVersion()).isEqualTo(1);
            assertThat(offer.createdBy()).isEqualTo("recruiter-c");
            assertThat(offer.createdAt()).isEqualTo(NOW);
            assertThat(offer.terms().location()).isEqualTo(LYON);
            assertThat(offer.terms().city()).isEqualTo("Lyon");
            assertThat(offers.all()).containsExactly(offer);
            assertThat(offers.events()).singleElement()
                    .satisfies(event -> assertEvent(event, OfferEvents.CREATED, offer, 0));
        }

        @Test
        void the_site_must_be_one_of_the_companys() {
            assertRefused(() -> create(offer().site(SITE_MARSEILLE)), "siteId", ErrorCode.INVALID);
            assertThat(offers.size()).isZero();
        }

        @Test
        void dates_are_planned_within_ten_years_of_today() {
            assertRefused(() -> create(offer().dates(TODAY, LocalDate.of(99_999, 12, 31))), "endDate",
                    ErrorCode.OUT_OF_RANGE);
            assertRefused(() -> create(offer().dates(TODAY.minusYears(11), TODAY)), "startDate",
                    ErrorCode.OUT_OF_RANGE);
            assertThat(offers.size()).isZero();
        }

        @Test
        void the_tutor_may_be_an_active_member_of_the_company() {
            assertThat(create(offer().tutor(TUTOR_MEMBERSHIP)).terms().tutorMembershipId())
                    .isEqualTo(TUTOR_MEMBERSHIP);
        }

        @ParameterizedTest
        @ValueSource(strings = {"membership-404", "membership-invited-to-c", "membership-of-recruiter-d-in-company-d",
                "membership-of-staff-a-in-school-a"})
        void a_tutor_who_is_not_an_active_member_of_the_company_is_refused(String membershipId) {
            scene.memberships.seed(Membership.invite("membership-invited-to-c", Tenant.company(COMPANY_C),
                    MembershipRole.TUTOR, Actors.emailOf("invited"), "recruiter-c", NOW));

            assertRefused(() -> create(offer().tutor(membershipId)), "tutorMembershipId", ErrorCode.INVALID);
        }

        @Test
        void target_schools_must_exist_each_reported_at_its_index() {
            assertRefused(() -> create(offer().targetSchools("school-404")), "targetSchoolIds.0", ErrorCode.INVALID);
            assertRefused(() -> create(offer().targetSchools(SCHOOL_A, "school-404")), "targetSchoolIds.1",
                    ErrorCode.INVALID);
            assertThat(create(offer().targetSchools(SCHOOL_A, SCHOOL_B)).terms().targetSchoolIds())
                    .containsExactlyInAnyOrder(SCHOOL_A, SCHOOL_B);
        }
    }

    @Nested
    class Update {

        @ParameterizedTest(name = "{0} offer, {1} changed: {2}, terms version {3}")
        @CsvSource({
                "DRAFT,     title, offer.edited,        1",
                "DRAFT,     hours, offer.edited,        1",
                "PUBLISHED, title, offer.edited,        1",
                "PUBLISHED, hours, offer.terms_revised, 2",
        })
        void only_an_essential_change_of_a_published_offer_revises_its_terms(OfferStatus status, String change,
                                                                             String eventType, int termsVersion) {
            InternshipOffer offer = status == OfferStatus.DRAFT ? scene.draft(offer()) : scene.published(offer());
            OfferCommandBuilder changed = change.equals("title") ? offer().title("Assistante son")
                    : offer().hoursPerWeek(28);

            InternshipOffer updated = service.update(scene.as(Who.RECRUITER_OF_C), offer.id(), changed.build(),
                    offer.version());

            assertThat(updated.terms()).isEqualTo(changed.build().validate(LYON, "Lyon", Fixtures.TODAY));
            assertThat(updated.termsVersion()).isEqualTo(termsVersion);
            assertThat(updated.status()).isEqualTo(status);
            assertThat(updated.version()).isEqualTo(offer.version() + 1);
            assertThat(offers.events()).last().satisfies(event -> assertEvent(event, eventType, offer,
                    offer.version() + 1));
        }

        @Test
        void the_same_terms_again_write_nothing() {
            InternshipOffer offer = scene.published(offer());
            int events = offers.events().size();

            assertThat(service.update(scene.as(Who.RECRUITER_OF_C), offer.id(), offer().build(), null))
                    .isEqualTo(offer);
            assertThat(offers.events()).hasSize(events);
        }

        @Test
        void an_update_based_on_an_outdated_version_is_refused() {
            InternshipOffer published = scene.published(offer());

            assertRefused(() -> service.update(scene.as(Who.RECRUITER_OF_C), published.id(),
                    offer().title("Nouveau").build(), published.version() - 1), "expectedVersion",
                    ErrorCode.STALE_VERSION);
            assertThat(scene.stored(published)).isEqualTo(published);
        }

        @Test
        void a_published_offers_start_date_cannot_be_moved_into_the_past() {
            InternshipOffer published = scene.published(offer());

            assertRefused(() -> service.update(scene.as(Who.RECRUITER_OF_C), published.id(),
                    offer().startingIn(-1).build(), null), "startDate", ErrorCode.INVALID_STATE);
            assertThat(scene.stored(published)).isEqualTo(published);
        }

        @Test
        void an_update_may_move_the_offer_to_another_site_of_the_company() {
            InternshipOffer draft = scene.draft(offer());

            InternshipOffer moved = service.update(scene.as(Who.RECRUITER_OF_C), draft.id(),
                    offer().site(SITE_PARIS).build(), null);

            assertThat(moved.terms().city()).isEqualTo("Paris");
            assertRefused(() -> service.update(scene.as(Who.RECRUITER_OF_C), draft.id(),
                    offer().site(SITE_MARSEILLE).build(), null), "siteId", ErrorCode.INVALID);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({
                "PLATFORM_ADMIN, OK",
                "RECRUITER_OF_C, OK",
                "TUTOR_OF_C,     FORBIDDEN",
                "ADVISOR,        FORBIDDEN",
                "RECRUITER_OF_D, FORBIDDEN",
                "ALICE,          FORBIDDEN",
        })
        void only_the_companys_recruiters_and_platform_admins_change_a_published_offer(Who who, Outcome expected) {
            InternshipOffer published = scene.published(offer());

            assertThat(Outcome.of(() -> service.update(scene.as(who), published.id(),
                    offer().title("Nouveau").build(), null))).isEqualTo(expected);
            assertThat(Outcome.of(() -> service.close(scene.as(who), published.id()))).isEqualTo(expected);
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = {"RECRUITER_OF_D", "ALICE", "STAFF_OF_SCHOOL_A"})
        void someone_elses_draft_cannot_be_changed_and_looks_missing(Who who) {
            InternshipOffer draft = scene.draft(offer());

            assertThat(Outcome.of(() -> service.update(scene.as(who), draft.id(), offer().build(), null)))
                    .isEqualTo(Outcome.NOT_FOUND);
            assertThat(Outcome.of(() -> service.publish(scene.as(who), draft.id()))).isEqualTo(Outcome.NOT_FOUND);
        }
    }

    @Nested
    class Expired {

        enum Action { UPDATE, CLOSE }

        @ParameterizedTest
        @EnumSource(Action.class)
        void an_offer_whose_start_date_passed_is_expired_and_changes_no_more(Action action) {
            InternshipOffer expired = scene.seedOffer("offer-old", OfferStatus.PUBLISHED, offer().startingIn(-1));
            var recruiter = scene.as(Who.RECRUITER_OF_C);

            assertRefused(() -> {
                switch (action) {
                    case UPDATE -> service.update(recruiter, expired.id(), offer().title("Nouveau").build(), null);
                    case CLOSE -> service.close(recruiter, expired.id());
                }
            }, "status", ErrorCode.INVALID_STATE);
            assertThat(scene.stored(expired)).isEqualTo(expired);
            assertThat(offers.events()).isEmpty();
        }
    }

    @Nested
    class PublishAndClose {

        @Test
        void a_verified_company_publishes_its_draft() {
            InternshipOffer draft = scene.draft(offer());

            InternshipOffer published = service.publish(scene.as(Who.RECRUITER_OF_C), draft.id());

            assertThat(published.status()).isEqualTo(OfferStatus.PUBLISHED);
            assertThat(published.publishedAt()).isEqualTo(NOW);
            assertThat(scene.stored(draft)).isEqualTo(published);
            assertThat(offers.events()).last().satisfies(event -> assertEvent(event, OfferEvents.PUBLISHED, draft, 1));
        }

        @ParameterizedTest
        @EnumSource(value = VettingStatus.class, names = {"PENDING", "REJECTED"})
        void a_company_not_verified_cannot_publish(VettingStatus vetting) {
            InternshipOffer draft = scene.draft(offer());
            scene.vet(COMPANY_C, vetting);

            assertRefused(() -> service.publish(scene.as(Who.RECRUITER_OF_C), draft.id()), "companyId",
                    ErrorCode.INVALID_STATE);
            assertThat(scene.stored(draft).status()).isEqualTo(OfferStatus.DRAFT);
            assertThat(offers.eventTypes()).containsExactly(OfferEvents.CREATED);
        }

        @Test
        void a_published_offer_is_closed() {
            InternshipOffer published = scene.published(offer());

            InternshipOffer closed = service.close(scene.as(Who.RECRUITER_OF_C), published.id());

            assertThat(closed.status()).isEqualTo(OfferStatus.CLOSED);
            assertThat(offers.eventTypes()).containsExactly(OfferEvents.CREATED, OfferEvents.PUBLISHED,
                    OfferEvents.CLOSED);
        }
    }

    @Nested
    class Reading {

        @ParameterizedTest(name = "{0} sees a draft: {1}")
        @CsvSource({
                "PLATFORM_ADMIN,    true",
                "ADVISOR,           true",
                "RECRUITER_OF_C,    true",
                "TUTOR_OF_C,        true",
                "RECRUITER_OF_D,    false",
                "STAFF_OF_SCHOOL_A, false",
                "ALICE,             false",
        })
        void a_draft_is_read_by_its_company_advisors_and_admins_only(Who who, boolean sees) {
            InternshipOffer draft = scene.draft(offer());

            assertThat(service.find(scene.as(who), draft.id())).isEqualTo(sees ? Optional.of(draft)
                    : Optional.empty());
            assertThat(service.findAll(scene.as(who), List.of(draft.id(), "offer-404")))
                    .isEqualTo(sees ? List.of(draft) : List.of());
        }

        @ParameterizedTest
        @EnumSource(Who.class)
        void a_published_offer_is_read_by_everyone(Who who) {
            InternshipOffer published = scene.published(offer());

            assertThat(service.find(scene.as(who), published.id())).contains(published);
        }

        @ParameterizedTest(name = "{0} asking for {1}: {2}")
        @CsvSource({
                "RECRUITER_OF_D, DRAFT,  ''",
                "RECRUITER_OF_D, '',     'offer-closed,offer-published'",
                "ALICE,          DRAFT,  ''",
                "ALICE,          '',     'offer-closed,offer-published'",
                "RECRUITER_OF_C, DRAFT,  offer-draft",
                "TUTOR_OF_C,     '',     'offer-closed,offer-draft,offer-published'",
                "ADVISOR,        DRAFT,  offer-draft",
        })
        void a_companys_drafts_are_listed_for_its_members_advisors_and_admins_only(Who who, String status,
                                                                                   String expected) {
            scene.seedOffer("offer-draft", OfferStatus.DRAFT, offer());
            scene.seedOffer("offer-published", OfferStatus.PUBLISHED, offer());
            scene.seedOffer("offer-closed", OfferStatus.CLOSED, offer());
            Set<OfferStatus> statuses = status.isEmpty() ? Set.of() : Set.of(OfferStatus.valueOf(status));

            var page = service.ofCompany(scene.as(who), COMPANY_C, statuses, OfferFilter.NONE, BY_START, FIRST_PAGE);

            assertThat(ids(page.items())).containsExactlyInAnyOrderElementsOf(
                    expected.isEmpty() ? List.of() : List.of(expected.split(",")));
        }

        @Test
        void offers_name_their_company_by_its_public_name() {
            assertThat(service.companyNames(List.of(COMPANY_C, "company-d", "company-404")))
                    .isEqualTo(Map.of(COMPANY_C, "Studio Rhône", "company-d", "Son du Sud"));
        }

        @Test
        void start_days_beyond_ten_years_of_today_are_refused_with_their_field() {
            var far = new OfferFilter(null, null, null, null, null, LocalDate.of(99_999, 1, 1), LocalDate.MAX, null);

            assertThat(Violations.pathsAndCodesThrownBy(() -> service.search(scene.as(Who.ALICE), far, BY_START,
                    FIRST_PAGE))).containsExactly("startsFrom OUT_OF_RANGE", "startsTo OUT_OF_RANGE");
            assertThat(Violations.pathsAndCodesThrownBy(() -> service.ofCompany(scene.as(Who.RECRUITER_OF_C),
                    COMPANY_C, Set.of(), far, BY_START, FIRST_PAGE)))
                    .containsExactly("startsFrom OUT_OF_RANGE", "startsTo OUT_OF_RANGE");
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = {"ALICE", "RECRUITER_OF_C", "ADVISOR"})
        void the_board_lists_only_offers_open_today(Who who) {
            for (OfferStatus status : OfferStatus.values()) {
                scene.seedOffer("offer-" + status.name().toLowerCase(), status, offer());
            }
            scene.seedOffer("offer-started-yesterday", OfferStatus.PUBLISHED, offer().startingIn(-1));
            scene.seedOffer("offer-starting-today", OfferStatus.PUBLISHED, offer().startingIn(0));

            var page = service.search(scene.as(who), OfferFilter.NONE, BY_START, FIRST_PAGE);

            assertThat(ids(page.items())).containsExactlyInAnyOrder("offer-published", "offer-starting-today");
        }
    }
}
