package fr.passerelle.audit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.audit.model.AuditEntry;
import fr.passerelle.audit.model.AuditFilter;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryAuditTrail;
import fr.passerelle.testing.InMemoryMemberships;
import java.time.Duration;
import fr.passerelle.testing.Violations;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuditServiceTest {

    enum Who { PLATFORM_ADMIN, ADVISOR, ADMIN_OF_A, LEARNER, RECRUITER_OF_C, RECRUITER_OF_D }

    private static final Paging FIRST_PAGE = Paging.first(Paging.DEFAULT_SIZE, null);
    private static final Initiator PLATFORM_ADMIN = new Initiator("platform-admin", Set.of("PLATFORM_ADMIN"), null,
            null, null);
    private static final Initiator ADMIN_OF_A = new Initiator("admin-a", Set.of(), "school:school-a", null, null);
    private static final Initiator RECRUITER_OF_C = new Initiator("recruiter-c", Set.of(), "company:company-c", null,
            "recruiting-app");
    private static final Initiator PLATFORM_ADMIN_FOR_C = new Initiator("platform-admin", Set.of("PLATFORM_ADMIN"),
            null, "company:company-c", null);

    private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    private final InMemoryMemberships memberships = new InMemoryMemberships();
    /**
     * Schools are readable as the school use cases decide it, offers by everyone (as a published one is); no other
     * type has a reader.
     */
    private final Map<String, BiPredicate<Actor, String>> readers =
            Map.of("School", (actor, id) -> actor.canRead(Tenant.school(id)), "InternshipOffer", (actor, id) -> true);
    private final AuditService service = new AuditService(trail, readers, Fixtures.CLOCK);
    private Map<Who, Actor> actors;

    private static AuditEntry entry(String id, int hoursAfterNow, String action, String type, String aggregateId,
                                    Initiator by) {
        return new AuditEntry(id, action, type, aggregateId, 0, by, List.of("profile"),
                Fixtures.NOW.plus(Duration.ofHours(hoursAfterNow)));
    }

    @BeforeEach
    void aTrailAboutTwoSchoolsAndAJob() {
        trail.append(entry("a-registered", 0, "school.registered", "School", "school-a", PLATFORM_ADMIN));
        trail.append(entry("a-updated", 1, "school.profile_updated", "School", "school-a", ADMIN_OF_A));
        trail.append(entry("b-registered", 2, "school.registered", "School", "school-b", PLATFORM_ADMIN));
        trail.append(entry("job-replayed", 3, "job.replayed", "Job", "job-1", PLATFORM_ADMIN));
        trail.append(entry("offer-published", 4, "offer.published", "InternshipOffer", "offer-1", RECRUITER_OF_C));
        trail.append(entry("offer-closed", 5, "offer.closed", "InternshipOffer", "offer-1", PLATFORM_ADMIN_FOR_C));
        actors = Map.of(
                Who.PLATFORM_ADMIN, Actors.platformAdmin(),
                Who.ADVISOR, Actors.advisor(),
                Who.ADMIN_OF_A, Actors.member(memberships, "admin-a", Tenant.school("school-a"),
                        MembershipRole.SCHOOL_ADMIN),
                Who.LEARNER, Actors.learner("learner"),
                Who.RECRUITER_OF_C, Actors.member(memberships, "recruiter-c-2", Tenant.company("company-c"),
                        MembershipRole.RECRUITER),
                Who.RECRUITER_OF_D, Actors.member(memberships, "recruiter-d", Tenant.company("company-d"),
                        MembershipRole.RECRUITER));
    }

    private Actor as(Who who) {
        return actors.get(who);
    }

    private static List<String> ids(Page<AuditEntry> page) {
        return page.items().stream().map(AuditEntry::id).toList();
    }

    @Nested
    class Search {

        private final AuditFilter everything = new AuditFilter(null, null, null, null, null, null, null);

        @Test
        void a_platform_admin_searches_the_whole_trail_newest_first() {
            assertThat(ids(service.search(as(Who.PLATFORM_ADMIN), everything, FIRST_PAGE)))
                    .containsExactly("offer-closed", "offer-published", "job-replayed", "b-registered", "a-updated",
                            "a-registered");
        }

        @Test
        void the_admins_filter_is_applied() {
            var byOrganisation = new AuditFilter(null, null, null, null, "school:school-a", null, null);
            var byAction = new AuditFilter(null, null, null, "school.registered", null, null, null);

            assertThat(ids(service.search(as(Who.PLATFORM_ADMIN), byOrganisation, FIRST_PAGE)))
                    .containsExactly("a-updated");
            assertThat(ids(service.search(as(Who.PLATFORM_ADMIN), byAction, FIRST_PAGE)))
                    .containsExactly("b-registered", "a-registered");
        }

        @Test
        void times_beyond_ten_years_of_today_are_refused_with_their_field() {
            var extremes = new AuditFilter(null, null, null, null, null, Instant.MIN,
                    Instant.parse("+99999-12-31T00:00:00Z"));

            assertThat(Violations.pathsAndCodesThrownBy(() -> service.search(as(Who.PLATFORM_ADMIN), extremes,
                    FIRST_PAGE))).containsExactly("from OUT_OF_RANGE", "to OUT_OF_RANGE");
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = "PLATFORM_ADMIN", mode = EnumSource.Mode.EXCLUDE)
        void nobody_else_searches_the_trail(Who who) {
            assertThatThrownBy(() -> service.search(as(who), everything, FIRST_PAGE))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @Nested
    class HistoryOf {

        @Test
        void a_reader_of_the_school_sees_its_history_newest_first() {
            assertThat(ids(service.historyOf(as(Who.ADMIN_OF_A), "School", "school-a", FIRST_PAGE)))
                    .containsExactly("a-updated", "a-registered");
        }

        @Test
        void the_history_is_that_of_the_aggregate_asked_for_only() {
            assertThat(ids(service.historyOf(as(Who.ADVISOR), "School", "school-b", FIRST_PAGE)))
                    .containsExactly("b-registered");
        }

        @Test
        void someone_who_may_not_read_the_school_gets_an_empty_page() {
            assertThat(service.historyOf(as(Who.ADMIN_OF_A), "School", "school-b", FIRST_PAGE)).isEqualTo(Page.empty());
            assertThat(service.historyOf(as(Who.LEARNER), "School", "school-a", FIRST_PAGE)).isEqualTo(Page.empty());
        }

        @Test
        void a_platform_admin_sees_any_history() {
            assertThat(ids(service.historyOf(as(Who.PLATFORM_ADMIN), "School", "school-b", FIRST_PAGE)))
                    .containsExactly("b-registered");
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = "PLATFORM_ADMIN", mode = EnumSource.Mode.EXCLUDE)
        void a_type_without_a_reader_is_visible_to_platform_admins_only(Who who) {
            assertThat(ids(service.historyOf(as(Who.PLATFORM_ADMIN), "Job", "job-1", FIRST_PAGE)))
                    .containsExactly("job-replayed");
            assertThat(service.historyOf(as(who), "Job", "job-1", FIRST_PAGE)).isEqualTo(Page.empty());
        }

        @Test
        void the_paging_asked_for_is_honoured() {
            Page<AuditEntry> first = service.historyOf(as(Who.ADMIN_OF_A), "School", "school-a", Paging.first(1, null));

            assertThat(ids(first)).containsExactly("a-updated");
            assertThat(first.hasNextPage()).isTrue();
        }
    }

    /** Seeing an object is not knowing who in another organisation acted on it. */
    @Nested
    class WhoActed {

        private List<AuditEntry> offerHistory(Who who) {
            return service.historyOf(as(who), "InternshipOffer", "offer-1", FIRST_PAGE).items();
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = {"LEARNER", "RECRUITER_OF_D", "ADMIN_OF_A"})
        void an_outsider_reads_the_actions_and_their_times_only(Who who) {
            List<AuditEntry> history = offerHistory(who);

            assertThat(history).extracting(AuditEntry::id, AuditEntry::action, AuditEntry::occurredAt)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("offer-closed", "offer.closed",
                                    Fixtures.NOW.plus(Duration.ofHours(5))),
                            org.assertj.core.groups.Tuple.tuple("offer-published", "offer.published",
                                    Fixtures.NOW.plus(Duration.ofHours(4))));
            assertThat(history).allSatisfy(entry -> {
                assertThat(entry.initiator()).as("no subject, roles, organisation nor client").isNull();
                assertThat(entry.changedFields()).as("no internal field names").isEmpty();
            });
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = {"RECRUITER_OF_C", "ADVISOR", "PLATFORM_ADMIN"})
        void the_companys_members_advisors_and_admins_know_who_acted(Who who) {
            assertThat(offerHistory(who)).extracting(AuditEntry::initiator)
                    .containsExactly(PLATFORM_ADMIN_FOR_C, RECRUITER_OF_C);
            assertThat(offerHistory(who)).allSatisfy(entry -> assertThat(entry.changedFields()).isNotEmpty());
        }

        @Test
        void the_person_who_acted_knows_it_was_them() {
            Actor recruiter = Actors.member(memberships, "recruiter-c", Tenant.company("company-d"),
                    MembershipRole.RECRUITER);

            assertThat(service.historyOf(recruiter, "InternshipOffer", "offer-1", FIRST_PAGE).items())
                    .extracting(AuditEntry::initiator).containsExactly(null, RECRUITER_OF_C);
        }
    }
}
