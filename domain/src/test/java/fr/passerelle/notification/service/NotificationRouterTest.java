package fr.passerelle.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.CompanyKind;
import fr.passerelle.company.model.CompanyProfile;
import fr.passerelle.company.model.Siret;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.notification.model.Notification;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolKind;
import fr.passerelle.school.model.SchoolProfile;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Deliveries;
import fr.passerelle.testing.DomainEvents;
import fr.passerelle.testing.FakeTexts;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryCompanies;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemoryNotifications;
import fr.passerelle.testing.InMemorySchools;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationRouterTest {

    private static final Tenant COMPANY_C = Tenant.company("company-c");
    private static final Tenant COMPANY_D = Tenant.company("company-d");
    private static final Tenant SCHOOL_A = Tenant.school("school-a");

    private final InMemorySchools schools = new InMemorySchools();
    private final InMemoryCompanies companies = new InMemoryCompanies();
    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final NotificationRouter router = new NotificationRouter(
            Deliveries.inApp(notifications), memberships, schools, new OrganisationNames(schools, companies));

    private static Company company(Tenant tenant, String legalName, String tradeName, String siret) {
        return Company.register(tenant.id(), new CompanyProfile(legalName, tradeName, Siret.of(siret),
                CompanyKind.INDEPENDENT_GARAGE, null, null), "seed", Fixtures.NOW);
    }

    /** The id {@link Actors#member} gives the membership of {@code subject} in {@code tenant}. */
    private static String membershipOf(String subject, Tenant tenant) {
        return "membership-of-" + subject + "-in-" + tenant.id();
    }

    @BeforeEach
    void twoCompaniesAndASchoolWithTheirPeople() {
        companies.seed(company(COMPANY_C, "Garage Central SARL", "Central Auto", "81234567800013"));
        companies.seed(company(COMPANY_D, "Dépannage Durand", null, "52345678900016"));
        schools.seed(School.register(SCHOOL_A.id(), new SchoolProfile("École A", SchoolKind.SOUND, null, null, null,
                null), "seed", Fixtures.NOW).withTier(PartnershipTier.PREMIUM, Fixtures.NOW));
        Actors.member(memberships, "recruiter-c", COMPANY_C, MembershipRole.RECRUITER);
        Actors.member(memberships, "tutor-c", COMPANY_C, MembershipRole.TUTOR);
        Actors.member(memberships, "recruiter-d", COMPANY_D, MembershipRole.RECRUITER);
        Actors.member(memberships, "admin-a", SCHOOL_A, MembershipRole.SCHOOL_ADMIN);
        Actors.member(memberships, "staff-a", SCHOOL_A, MembershipRole.SCHOOL_STAFF);
        memberships.seed(Membership.invite("pending-c", COMPANY_C, MembershipRole.RECRUITER,
                Actors.emailOf("pending-c"), "recruiter-c", Fixtures.NOW));
    }

    private static DomainEvent event(String id, String type, String aggregateType, String aggregateId) {
        return DomainEvents.delivered(id, type, aggregateType, aggregateId);
    }

    @Nested
    class CompanyVetting {

        @Test
        void a_verification_notifies_every_active_member_of_the_company() {
            router.on(event("event-1", "company.verified", "Company", COMPANY_C.id()));

            String title = FakeTexts.title("company_verified", Map.of("organisation", "Central Auto"));
            assertThat(notifications.all())
                    .extracting(Notification::id, Notification::recipient, Notification::kind, Notification::title,
                            Notification::body, Notification::targetType, Notification::targetId,
                            Notification::createdAt, Notification::readAt)
                    .containsExactlyInAnyOrder(
                            tuple(Notification.idFor("event-1", "recruiter-c"), "recruiter-c",
                                    NotificationKind.COMPANY_VERIFIED, title, "fr|" + title, "Company", "company-c",
                                    Fixtures.NOW, null),
                            tuple(Notification.idFor("event-1", "tutor-c"), "tutor-c",
                                    NotificationKind.COMPANY_VERIFIED, title, "fr|" + title, "Company", "company-c",
                                    Fixtures.NOW, null));
        }

        @Test
        void a_rejection_notifies_that_companys_members_only_under_its_legal_name_when_it_has_no_trade_name() {
            router.on(event("event-1", "company.rejected", "Company", COMPANY_D.id()));

            assertThat(notifications.all()).singleElement().satisfies(notification -> {
                assertThat(notification.recipient()).isEqualTo("recruiter-d");
                assertThat(notification.kind()).isEqualTo(NotificationKind.COMPANY_REJECTED);
                assertThat(notification.title())
                        .isEqualTo(FakeTexts.title("company_rejected", Map.of("organisation", "Dépannage Durand")));
            });
        }

        @Test
        void a_company_that_no_longer_exists_notifies_nobody() {
            router.on(event("event-1", "company.verified", "Company", "company-gone"));

            assertThat(notifications.all()).isEmpty();
        }
    }

    @Nested
    class TierChange {

        @Test
        void the_schools_admins_are_told_the_new_tier_and_its_staff_is_not() {
            router.on(event("event-1", "school.tier_changed", "School", SCHOOL_A.id()));

            assertThat(notifications.all()).singleElement().satisfies(notification -> {
                assertThat(notification.id()).isEqualTo(Notification.idFor("event-1", "admin-a"));
                assertThat(notification.recipient()).isEqualTo("admin-a");
                assertThat(notification.kind()).isEqualTo(NotificationKind.SCHOOL_TIER_CHANGED);
                assertThat(notification.title()).isEqualTo(FakeTexts.title("school_tier_changed",
                        Map.of("organisation", "École A", "tier", "PREMIUM")));
                assertThat(notification.targetType()).isEqualTo("School");
                assertThat(notification.targetId()).isEqualTo("school-a");
            });
        }
        @Test
        void the_admins_of_a_school_with_many_staff_are_still_told() {
            for (int i = 0; i < 60; i++) {
                Actors.member(memberships, "staff-" + i, SCHOOL_A, MembershipRole.SCHOOL_STAFF);
            }
            Actors.member(memberships, "zz-admin", SCHOOL_A, MembershipRole.SCHOOL_ADMIN);

            router.on(event("event-1", "school.tier_changed", "School", SCHOOL_A.id()));

            assertThat(notifications.all()).extracting(Notification::recipient)
                    .containsExactlyInAnyOrder("admin-a", "zz-admin");
        }

        @Test
        void a_school_that_no_longer_exists_notifies_nobody() {
            router.on(event("event-1", "school.tier_changed", "School", "school-gone"));

            assertThat(notifications.all()).isEmpty();
        }
    }

    @Nested
    class MemberJoined {

        @Test
        void the_managers_of_the_school_are_told_and_the_rest_of_its_staff_is_not() {
            Actors.member(memberships, "newcomer", SCHOOL_A, MembershipRole.SCHOOL_STAFF);

            router.on(event("event-1", "membership.activated", "Membership", membershipOf("newcomer", SCHOOL_A)));

            assertThat(notifications.all()).extracting(Notification::recipient, Notification::kind,
                            Notification::title, Notification::targetType, Notification::targetId)
                    .containsExactly(tuple("admin-a", NotificationKind.MEMBER_JOINED,
                            FakeTexts.title("member_joined", Map.of("organisation", "École A")), "School", "school-a"));
        }

        @Test
        void a_newcomer_who_manages_is_not_told_of_their_own_arrival() {
            Actors.member(memberships, "admin-a2", SCHOOL_A, MembershipRole.SCHOOL_ADMIN);

            router.on(event("event-1", "membership.activated", "Membership", membershipOf("admin-a2", SCHOOL_A)));

            assertThat(notifications.all()).extracting(Notification::recipient).containsExactly("admin-a");
        }

        @Test
        void a_company_newcomer_is_announced_to_its_recruiters() {
            Actors.member(memberships, "tutor-c2", COMPANY_C, MembershipRole.TUTOR);

            router.on(event("event-1", "membership.activated", "Membership", membershipOf("tutor-c2", COMPANY_C)));

            assertThat(notifications.all()).extracting(Notification::recipient, Notification::targetType,
                            Notification::targetId)
                    .containsExactly(tuple("recruiter-c", "Company", "company-c"));
        }

        @Test
        void the_first_member_of_an_organisation_notifies_nobody() {
            companies.seed(company(Tenant.company("company-e"), "Garage Neuf", null, "73282932000074"));
            Actors.member(memberships, "founder", Tenant.company("company-e"), MembershipRole.RECRUITER);

            router.on(event("event-1", "membership.activated", "Membership",
                    membershipOf("founder", Tenant.company("company-e"))));

            assertThat(notifications.all()).isEmpty();
        }

        @Test
        void a_missing_membership_or_organisation_notifies_nobody() {
            Tenant gone = Tenant.school("school-gone");
            Actors.member(memberships, "admin-gone", gone, MembershipRole.SCHOOL_ADMIN);
            Actors.member(memberships, "staff-gone", gone, MembershipRole.SCHOOL_STAFF);

            router.on(event("event-1", "membership.activated", "Membership", "membership-404"));
            router.on(event("event-2", "membership.activated", "Membership", membershipOf("staff-gone", gone)));

            assertThat(notifications.all()).isEmpty();
        }
    }

    @Nested
    class Delivery {

        @Test
        void delivering_the_same_event_again_creates_no_duplicate() {
            DomainEvent verified = event("event-1", "company.verified", "Company", COMPANY_C.id());
            router.on(verified);
            var first = notifications.all();

            router.on(verified);

            assertThat(notifications.all()).isEqualTo(first).hasSize(2);
        }

        @Test
        void another_event_of_the_same_kind_notifies_again() {
            router.on(event("event-1", "company.verified", "Company", COMPANY_C.id()));
            router.on(event("event-2", "company.verified", "Company", COMPANY_C.id()));

            assertThat(notifications.all()).extracting(Notification::id).doesNotHaveDuplicates().hasSize(4);
        }

        @ParameterizedTest
        @ValueSource(strings = {"company.verified", "company.rejected", "school.tier_changed", "membership.activated"})
        void it_accepts_the_events_it_routes(String type) {
            assertThat(router.accepts(event("event-1", type, "Any", "any-1"))).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"company.registered", "company.profile_updated", "company.site_added",
                "school.registered", "school.profile_updated", "school.program_added", "membership.invited",
                "job.replayed"})
        void it_declines_every_other_event(String type) {
            DomainEvent other = event("event-1", type, "Any", COMPANY_C.id());

            assertThat(router.accepts(other)).isFalse();
            assertThatThrownBy(() -> router.on(other)).isInstanceOf(IllegalArgumentException.class);
            assertThat(notifications.all()).isEmpty();
        }

        @Test
        void its_deliveries_are_recorded_under_a_stable_name() {
            assertThat(router.name()).isEqualTo("notifications");
        }
    }
}
