package fr.passerelle.school.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.MembershipStatus;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.in.InviteMember;
import fr.passerelle.membership.service.MembershipService;
import fr.passerelle.membership.service.TenantMembers;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.school.model.Program;
import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolFilter;
import fr.passerelle.school.model.SchoolKind;
import fr.passerelle.school.model.SchoolOrderField;
import fr.passerelle.school.port.in.SchoolProfileCommand;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.DomainEvents;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemorySchools;
import fr.passerelle.testing.Outcome;
import fr.passerelle.testing.Violations;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SchoolServiceTest {

    /** The callers of the authorization matrix; school A and school B exist, the recruiter is in some company. */
    enum Who { PLATFORM_ADMIN, ADVISOR, ADMIN_OF_A, STAFF_OF_A, ADMIN_OF_B, RECRUITER, LEARNER }

    private static final Sort<SchoolOrderField> BY_NAME = new Sort<>(SchoolOrderField.NAME, true);
    private static final Paging FIRST_PAGE = Paging.first(Paging.DEFAULT_SIZE, null);

    private final InMemorySchools schools = new InMemorySchools();
    private final InMemoryMemberships memberships = new InMemoryMemberships();
    /** Member lists are the membership use cases' job; they share the fake store. */
    private final MembershipService membershipService = new MembershipService(memberships,
            new TenantMembers(memberships, Fixtures.countingIds("unused-"), Fixtures.events(), Fixtures.CLOCK));
    private final SchoolService service = new SchoolService(schools,
            new TenantMembers(memberships, Fixtures.countingIds("membership-"), Fixtures.events(), Fixtures.CLOCK),
            Fixtures.countingIds("school-"), Fixtures.events(), Fixtures.CLOCK);

    private School schoolA;
    private School schoolB;
    private Map<Who, Actor> actors;

    private static SchoolProfileCommand profile(String name) {
        return new SchoolProfileCommand(name, SchoolKind.SOUND, null, "https://ecole.example.fr", null, null);
    }

    @BeforeEach
    void twoSchoolsAndTheirPeople() {
        Actor platformAdmin = Actors.platformAdmin();
        schoolA = service.register(platformAdmin, profile("École A"));
        schoolB = service.register(platformAdmin, profile("École B"));
        actors = Map.of(
                Who.PLATFORM_ADMIN, platformAdmin,
                Who.ADVISOR, Actors.advisor(),
                Who.ADMIN_OF_A, Actors.member(memberships, "admin-a", Tenant.school(schoolA.id()), MembershipRole.SCHOOL_ADMIN),
                Who.STAFF_OF_A, Actors.member(memberships, "staff-a", Tenant.school(schoolA.id()), MembershipRole.SCHOOL_STAFF),
                Who.ADMIN_OF_B, Actors.member(memberships, "admin-b", Tenant.school(schoolB.id()), MembershipRole.SCHOOL_ADMIN),
                Who.RECRUITER, Actors.member(memberships, "recruiter", Tenant.company("company-1"), MembershipRole.RECRUITER),
                Who.LEARNER, Actors.learner("learner"));
    }

    private Actor as(Who who) {
        return actors.get(who);
    }

    private School storedA() {
        return schools.findById(schoolA.id()).orElseThrow();
    }

    @Nested
    class Register {

        @Test
        void platform_admin_registers_a_school_at_the_discovery_tier() {
            assertThat(schoolA.id()).isEqualTo("school-1");
            assertThat(schoolA.profile().name()).isEqualTo("École A");
            assertThat(schoolA.tier()).isEqualTo(PartnershipTier.DISCOVERY);
            assertThat(schoolA.programs()).isEmpty();
            assertThat(schoolA.createdBy()).isEqualTo("platform-admin");
            assertThat(schoolA.createdAt()).isEqualTo(Fixtures.NOW);
            assertThat(schoolA.version()).isZero();
            assertThat(storedA()).isEqualTo(schoolA);
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = "PLATFORM_ADMIN", mode = EnumSource.Mode.EXCLUDE)
        void nobody_else_may_register_a_school(Who who) {
            assertThatThrownBy(() -> service.register(as(who), profile("École C")))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(schools.size()).isEqualTo(2);
        }

        @ParameterizedTest(name = "\"{0}\" is taken by \"École A\"")
        @CsvSource({"École A", "école a", "ECOLE A"})
        void a_taken_name_is_a_duplicate_on_name(String name) {
            assertThat(Violations.thrownBy(() -> service.register(as(Who.PLATFORM_ADMIN), profile(name))))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("name"), ErrorCode.DUPLICATE));
            assertThat(schools.size()).isEqualTo(2);
        }

        @Test
        void an_invalid_profile_is_refused_before_anything_is_stored() {
            assertThat(Violations.fieldsThrownBy(() -> service.register(as(Who.PLATFORM_ADMIN), profile(" "))))
                    .containsExactly(List.of("name"));
            assertThat(schools.size()).isEqualTo(2);
        }
    }

    @Nested
    class Reading {

        @ParameterizedTest(name = "{0} sees {1}")
        @CsvSource({
                "PLATFORM_ADMIN, 'school-1,school-2'",
                "ADVISOR,        'school-1,school-2'",
                "ADMIN_OF_A,     school-1",
                "STAFF_OF_A,     school-1",
                "ADMIN_OF_B,     school-2",
                "RECRUITER,      ''",
                "LEARNER,        ''",
        })
        void each_caller_sees_only_the_schools_they_may_read(Who who, String visible) {
            List<String> expected = visible.isEmpty() ? List.of() : List.of(visible.split(","));
            Actor actor = as(who);

            assertThat(service.search(actor, SchoolFilter.ANY, BY_NAME, FIRST_PAGE).items())
                    .extracting(School::id).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(service.findAll(actor, List.of(schoolA.id(), schoolB.id(), "school-404")))
                    .extracting(School::id).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(service.find(actor, schoolA.id()).isPresent()).isEqualTo(expected.contains(schoolA.id()));
            assertThat(service.find(actor, schoolB.id()).isPresent()).isEqualTo(expected.contains(schoolB.id()));
        }

        @Test
        void a_missing_school_is_empty_even_for_a_platform_admin() {
            assertThat(service.find(as(Who.PLATFORM_ADMIN), "school-404")).isEmpty();
        }

        @Test
        void search_filters_still_apply_within_the_callers_scope() {
            var named = new SchoolFilter(null, null, "b");

            assertThat(service.search(as(Who.ADVISOR), named, BY_NAME, FIRST_PAGE).items())
                    .extracting(School::id).containsExactly(schoolB.id());
            assertThat(service.search(as(Who.ADMIN_OF_A), named, BY_NAME, FIRST_PAGE).items()).isEmpty();
        }
    }

    @Nested
    class UpdateProfile {

        @ParameterizedTest(name = "{0} updating school A: {1}")
        @CsvSource({
                "PLATFORM_ADMIN, OK",
                "ADMIN_OF_A,     OK",
                "ADVISOR,        FORBIDDEN",
                "STAFF_OF_A,     FORBIDDEN",
                "ADMIN_OF_B,     NOT_FOUND",
                "RECRUITER,      NOT_FOUND",
                "LEARNER,        NOT_FOUND",
        })
        void only_platform_admins_and_the_schools_admins_update_it(Who who, Outcome expected) {
            Outcome outcome = Outcome.of(() -> service.updateProfile(as(who), schoolA.id(), profile("École A+"), null));

            assertThat(outcome).isEqualTo(expected);
            assertThat(storedA().profile().name()).isEqualTo(expected == Outcome.OK ? "École A+" : "École A");
            assertThat(storedA().version()).isEqualTo(expected == Outcome.OK ? 1 : 0);
        }

        @Test
        void the_update_is_stored_with_a_new_version_and_time() {
            School updated = service.updateProfile(as(Who.ADMIN_OF_A), schoolA.id(), profile("École A+"), 0L);

            assertThat(updated).isEqualTo(storedA());
            assertThat(updated.version()).isEqualTo(1);
            assertThat(updated.updatedAt()).isEqualTo(Fixtures.NOW);
            assertThat(updated.createdBy()).isEqualTo("platform-admin");
        }

        @Test
        void a_stale_expected_version_is_refused() {
            service.updateProfile(as(Who.ADMIN_OF_A), schoolA.id(), profile("École A+"), 0L);

            assertThat(Violations.thrownBy(() ->
                    service.updateProfile(as(Who.ADMIN_OF_A), schoolA.id(), profile("École A++"), 0L)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("expectedVersion"), ErrorCode.STALE_VERSION));
            assertThat(storedA().profile().name()).isEqualTo("École A+");
        }

        @Test
        void renaming_to_another_schools_name_is_a_duplicate_on_name() {
            assertThat(Violations.thrownBy(() ->
                    service.updateProfile(as(Who.PLATFORM_ADMIN), schoolA.id(), profile("école b"), null)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("name"), ErrorCode.DUPLICATE));
            assertThat(storedA().profile().name()).isEqualTo("École A");
        }

        @Test
        void a_missing_school_is_not_found() {
            assertThatThrownBy(() -> service.updateProfile(as(Who.PLATFORM_ADMIN), "school-404", profile("X"), null))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class ChangeTier {

        @ParameterizedTest(name = "{0} changing school A''s tier: {1}")
        @CsvSource({
                "PLATFORM_ADMIN, OK",
                "ADMIN_OF_A,     FORBIDDEN",
                "ADVISOR,        FORBIDDEN",
                "STAFF_OF_A,     FORBIDDEN",
                "ADMIN_OF_B,     NOT_FOUND",
                "LEARNER,        NOT_FOUND",
        })
        void only_platform_admins_change_the_tier(Who who, Outcome expected) {
            Outcome outcome = Outcome.of(() -> service.changeTier(as(who), schoolA.id(), PartnershipTier.PREMIUM, null));

            assertThat(outcome).isEqualTo(expected);
            assertThat(storedA().tier())
                    .isEqualTo(expected == Outcome.OK ? PartnershipTier.PREMIUM : PartnershipTier.DISCOVERY);
        }

        @Test
        void a_missing_tier_is_required() {
            assertThat(Violations.thrownBy(() -> service.changeTier(as(Who.PLATFORM_ADMIN), schoolA.id(), null, null)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("tier"), ErrorCode.REQUIRED));
        }
    }

    @Nested
    class Programs {

        private final Program btsSon = Program.of("bts-son", "BTS Métiers de l'audiovisuel, option son", "BTS", 24);

        @Test
        void adding_the_same_program_code_twice_keeps_one_program() {
            service.addProgram(as(Who.ADMIN_OF_A), schoolA.id(), btsSon);
            School school = service.addProgram(as(Who.ADMIN_OF_A), schoolA.id(),
                    Program.of("BTS-SON", "BTS Son (renamed)", "BTS", 24));

            assertThat(school.programs()).extracting(Program::code, Program::name)
                    .containsExactly(tuple("BTS-SON", "BTS Son (renamed)"));
            assertThat(storedA().programs()).isEqualTo(school.programs());
        }

        @Test
        void removing_a_program_by_its_code_in_any_case() {
            service.addProgram(as(Who.ADMIN_OF_A), schoolA.id(), btsSon);

            School school = service.removeProgram(as(Who.ADMIN_OF_A), schoolA.id(), "bts-son");

            assertThat(school.programs()).isEmpty();
        }

        @Test
        void removing_an_unknown_code_is_a_violation_on_code() {
            service.addProgram(as(Who.ADMIN_OF_A), schoolA.id(), btsSon);

            assertThat(Violations.thrownBy(() -> service.removeProgram(as(Who.ADMIN_OF_A), schoolA.id(), "CAP-X")))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("code"), ErrorCode.INVALID));
            assertThat(storedA().programs()).containsExactly(btsSon);
        }

        @ParameterizedTest(name = "{0} adding a program to school A: {1}")
        @CsvSource({
                "STAFF_OF_A, FORBIDDEN",
                "ADVISOR,    FORBIDDEN",
                "ADMIN_OF_B, NOT_FOUND",
        })
        void only_managers_change_programs(Who who, Outcome expected) {
            assertThat(Outcome.of(() -> service.addProgram(as(who), schoolA.id(), btsSon))).isEqualTo(expected);
            assertThat(storedA().programs()).isEmpty();
        }
    }

    @Nested
    class Members {

        private final InviteMember teacher = InviteMember.of("Teacher@Ecole-A.fr", MembershipRole.SCHOOL_STAFF);

        @Test
        void the_schools_admin_invites_a_member() {
            Membership invited = service.inviteMember(as(Who.ADMIN_OF_A), schoolA.id(), teacher);

            assertThat(invited.status()).isEqualTo(MembershipStatus.INVITED);
            assertThat(invited.tenant()).isEqualTo(Tenant.school(schoolA.id()));
            assertThat(invited.role()).isEqualTo(MembershipRole.SCHOOL_STAFF);
            assertThat(invited.email().value()).isEqualTo("teacher@ecole-a.fr");
            assertThat(invited.subject()).isNull();
            assertThat(invited.invitedBy()).isEqualTo("admin-a");
            assertThat(invited.invitedAt()).isEqualTo(Fixtures.NOW);
            assertThat(memberships.findById(invited.id())).contains(invited);
        }

        @Test
        void inviting_the_same_email_with_the_same_role_returns_the_same_membership() {
            Membership first = service.inviteMember(as(Who.ADMIN_OF_A), schoolA.id(), teacher);
            int stored = memberships.all().size();

            Membership again = service.inviteMember(as(Who.PLATFORM_ADMIN), schoolA.id(),
                    InviteMember.of("  teacher@ECOLE-A.fr ", MembershipRole.SCHOOL_STAFF));

            assertThat(again.id()).isEqualTo(first.id());
            assertThat(memberships.all()).hasSize(stored);
        }

        @Test
        void inviting_the_same_email_with_another_role_is_a_duplicate() {
            service.inviteMember(as(Who.ADMIN_OF_A), schoolA.id(), teacher);

            assertThat(Violations.thrownBy(() -> service.inviteMember(as(Who.ADMIN_OF_A), schoolA.id(),
                            InviteMember.of("teacher@ecole-a.fr", MembershipRole.SCHOOL_ADMIN))))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("email"), ErrorCode.DUPLICATE));
        }

        @Test
        void the_same_email_may_be_invited_to_another_school() {
            Membership inA = service.inviteMember(as(Who.ADMIN_OF_A), schoolA.id(), teacher);
            Membership inB = service.inviteMember(as(Who.ADMIN_OF_B), schoolB.id(), teacher);

            assertThat(inB.id()).isNotEqualTo(inA.id());
            assertThat(inB.tenant()).isEqualTo(Tenant.school(schoolB.id()));
        }

        @Test
        void a_company_role_cannot_be_given_in_a_school() {
            int stored = memberships.all().size();

            assertThat(Violations.thrownBy(() -> service.inviteMember(as(Who.ADMIN_OF_A), schoolA.id(),
                            InviteMember.of("boss@garage.fr", MembershipRole.RECRUITER))))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("role"), ErrorCode.INVALID));
            assertThat(memberships.all()).hasSize(stored);
        }

        @ParameterizedTest(name = "{0} inviting into school A: {1}")
        @CsvSource({
                "PLATFORM_ADMIN, OK",
                "ADMIN_OF_A,     OK",
                "STAFF_OF_A,     FORBIDDEN",
                "ADVISOR,        FORBIDDEN",
                "ADMIN_OF_B,     NOT_FOUND",
                "RECRUITER,      NOT_FOUND",
        })
        void only_managers_invite(Who who, Outcome expected) {
            assertThat(Outcome.of(() -> service.inviteMember(as(who), schoolA.id(), teacher))).isEqualTo(expected);
        }

        @Test
        void members_of_a_school_are_listed_to_its_readers_by_email() {
            service.inviteMember(as(Who.ADMIN_OF_A), schoolA.id(), teacher);

            assertThat(membershipService.members(as(Who.STAFF_OF_A), Tenant.school(schoolA.id()), FIRST_PAGE).items())
                    .extracting(m -> m.email().value(), Membership::status)
                    .containsExactly(
                            tuple("admin-a@mail.test", MembershipStatus.ACTIVE),
                            tuple("staff-a@mail.test", MembershipStatus.ACTIVE),
                            tuple("teacher@ecole-a.fr", MembershipStatus.INVITED));
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = {"PLATFORM_ADMIN", "ADVISOR", "ADMIN_OF_A", "STAFF_OF_A"})
        void readers_of_the_school_see_its_members(Who who) {
            assertThat(membershipService.members(as(who), Tenant.school(schoolA.id()), FIRST_PAGE).items())
                    .extracting(Membership::id)
                    .containsExactly("membership-of-admin-a-in-school-1", "membership-of-staff-a-in-school-1");
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = {"ADMIN_OF_B", "RECRUITER", "LEARNER"})
        void members_are_hidden_from_those_who_cannot_read_the_school(Who who) {
            assertThat(membershipService.members(as(who), Tenant.school(schoolA.id()), FIRST_PAGE).items()).isEmpty();
        }
    }

    /** Every change writes exactly one event with it; refusals and no-ops write none. */
    @Nested
    class Events {

        private static final String TENANT_A = "school:school-1";
        private static final Initiator ADMIN_OF_A = new Initiator("admin-a", Set.of(), TENANT_A, null, null);
        private static final Initiator PLATFORM_ADMIN_FOR_A =
                new Initiator("platform-admin", Set.of("PLATFORM_ADMIN"), null, TENANT_A, null);

        private int schoolEventsBefore;
        private int membershipEventsBefore;

        @BeforeEach
        void skipTheEventsOfTheSetUp() {
            schoolEventsBefore = schools.events().size();
            membershipEventsBefore = memberships.events().size();
        }

        private List<DomainEvent> newSchoolEvents() {
            return schools.events().subList(schoolEventsBefore, schools.events().size());
        }

        private List<DomainEvent> newMembershipEvents() {
            return memberships.events().subList(membershipEventsBefore, memberships.events().size());
        }

        private DomainEvent schoolEvent(String type, long version, Initiator by, String... changedFields) {
            return DomainEvents.expected(type, "School", schoolA.id(), version, by, List.of(changedFields), Map.of());
        }

        @Test
        void registering_writes_school_registered_at_version_0_with_the_fields_set() {
            assertThat(schools.eventTypes()).containsExactly("school.registered", "school.registered");
            assertThat(schools.events().get(0)).usingRecursiveComparison().ignoringFields("id").isEqualTo(
                    schoolEvent("school.registered", 0, new Initiator("platform-admin", Set.of("PLATFORM_ADMIN"),
                            null, null, null), "profile", "tier", "programs", "createdBy"));
            assertThat(schools.events()).extracting(DomainEvent::id).doesNotHaveDuplicates();
        }

        @Test
        void refused_registrations_write_no_event() {
            assertThatThrownBy(() -> service.register(as(Who.ADVISOR), profile("École C")))
                    .isInstanceOf(ForbiddenException.class);
            Violations.thrownBy(() -> service.register(as(Who.PLATFORM_ADMIN), profile("ecole a")));
            Violations.thrownBy(() -> service.register(as(Who.PLATFORM_ADMIN), profile("")));

            assertThat(newSchoolEvents()).isEmpty();
        }

        @Test
        void a_profile_update_by_the_schools_admin_names_the_changed_field() {
            service.updateProfile(as(Who.ADMIN_OF_A), schoolA.id(), profile("École A+"), 0L);

            assertThat(newSchoolEvents()).singleElement().usingRecursiveComparison().ignoringFields("id")
                    .isEqualTo(schoolEvent("school.profile_updated", 1, ADMIN_OF_A, "profile.name"));
        }

        @Test
        void a_platform_admin_updates_the_profile_on_behalf_of_the_school() {
            var described = new SchoolProfileCommand("École A", SchoolKind.SOUND, null, "https://ecole.example.fr",
                    null, "Formations aux métiers du son");

            service.updateProfile(as(Who.PLATFORM_ADMIN), schoolA.id(), described, null);

            assertThat(newSchoolEvents()).singleElement().usingRecursiveComparison().ignoringFields("id")
                    .isEqualTo(schoolEvent("school.profile_updated", 1, PLATFORM_ADMIN_FOR_A, "profile.description"));
        }

        @Test
        void each_change_carries_the_version_it_creates() {
            service.updateProfile(as(Who.ADMIN_OF_A), schoolA.id(), profile("École A+"), null);
            service.updateProfile(as(Who.ADMIN_OF_A), schoolA.id(), profile("École A++"), null);

            assertThat(newSchoolEvents()).extracting(DomainEvent::version).containsExactly(1L, 2L);
            assertThat(storedA().version()).isEqualTo(2);
        }

        @Test
        void refused_profile_updates_write_no_event() {
            Violations.thrownBy(() -> service.updateProfile(as(Who.ADMIN_OF_A), schoolA.id(), profile("École A+"), 3L));
            Violations.thrownBy(() -> service.updateProfile(as(Who.ADMIN_OF_A), schoolA.id(), profile("École B"), null));
            Violations.thrownBy(() -> service.updateProfile(as(Who.ADMIN_OF_A), schoolA.id(), profile(" "), null));
            assertThat(Outcome.of(() -> service.updateProfile(as(Who.STAFF_OF_A), schoolA.id(), profile("X"), null)))
                    .isEqualTo(Outcome.FORBIDDEN);
            assertThat(Outcome.of(() -> service.updateProfile(as(Who.ADMIN_OF_B), schoolA.id(), profile("X"), null)))
                    .isEqualTo(Outcome.NOT_FOUND);

            assertThat(newSchoolEvents()).isEmpty();
        }

        @Test
        void a_tier_change_names_the_tier() {
            service.changeTier(as(Who.PLATFORM_ADMIN), schoolA.id(), PartnershipTier.PREMIUM, 0L);

            assertThat(newSchoolEvents()).singleElement().usingRecursiveComparison().ignoringFields("id")
                    .isEqualTo(schoolEvent("school.tier_changed", 1, PLATFORM_ADMIN_FOR_A, "tier"));
        }

        @Test
        void refused_tier_changes_write_no_event() {
            assertThat(Outcome.of(() ->
                    service.changeTier(as(Who.ADMIN_OF_A), schoolA.id(), PartnershipTier.PREMIUM, null)))
                    .isEqualTo(Outcome.FORBIDDEN);
            Violations.thrownBy(() -> service.changeTier(as(Who.PLATFORM_ADMIN), schoolA.id(), null, null));
            Violations.thrownBy(() ->
                    service.changeTier(as(Who.PLATFORM_ADMIN), schoolA.id(), PartnershipTier.PREMIUM, 1L));

            assertThat(newSchoolEvents()).isEmpty();
        }
        @Test
        void setting_the_tier_the_school_already_has_writes_no_event() {
            School unchanged = service.changeTier(as(Who.PLATFORM_ADMIN), schoolA.id(), PartnershipTier.DISCOVERY, 0L);

            assertThat(unchanged.version()).isZero();
            assertThat(newSchoolEvents()).isEmpty();
        }

        @Test
        void adding_and_removing_a_program_name_the_programs() {
            Program program = Program.of("BTS-SON", "BTS Son", "BTS", 24);

            service.addProgram(as(Who.ADMIN_OF_A), schoolA.id(), program);
            service.removeProgram(as(Who.ADMIN_OF_A), schoolA.id(), "bts-son");

            assertThat(newSchoolEvents()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                    .containsExactly(
                            schoolEvent("school.program_added", 1, ADMIN_OF_A, "programs"),
                            schoolEvent("school.program_removed", 2, ADMIN_OF_A, "programs"));
        }

        @Test
        void refused_program_changes_write_no_event() {
            Program program = Program.of("BTS-SON", "BTS Son", "BTS", 24);

            Violations.thrownBy(() -> service.removeProgram(as(Who.ADMIN_OF_A), schoolA.id(), "CAP-X"));
            assertThat(Outcome.of(() -> service.addProgram(as(Who.STAFF_OF_A), schoolA.id(), program)))
                    .isEqualTo(Outcome.FORBIDDEN);
            assertThat(Outcome.of(() -> service.removeProgram(as(Who.ADMIN_OF_B), schoolA.id(), "BTS-SON")))
                    .isEqualTo(Outcome.NOT_FOUND);

            assertThat(newSchoolEvents()).isEmpty();
        }

        @Test
        void an_invitation_writes_membership_invited_and_no_school_event() {
            Membership invited = service.inviteMember(as(Who.ADMIN_OF_A), schoolA.id(),
                    InviteMember.of("teacher@ecole-a.fr", MembershipRole.SCHOOL_STAFF));

            assertThat(newMembershipEvents()).singleElement().usingRecursiveComparison().ignoringFields("id")
                    .isEqualTo(DomainEvents.expected("membership.invited", "Membership", invited.id(), 0, ADMIN_OF_A,
                            List.of("tenant", "role", "email", "status", "invitedBy", "invitedAt"),
                            Map.of("tenant", TENANT_A, "role", "SCHOOL_STAFF")));
            assertThat(newSchoolEvents()).isEmpty();
        }

        @Test
        void re_inviting_and_refused_invitations_write_no_event() {
            InviteMember teacher = InviteMember.of("teacher@ecole-a.fr", MembershipRole.SCHOOL_STAFF);
            service.inviteMember(as(Who.ADMIN_OF_A), schoolA.id(), teacher);
            int afterFirst = memberships.events().size();

            service.inviteMember(as(Who.PLATFORM_ADMIN), schoolA.id(), teacher);
            Violations.thrownBy(() -> service.inviteMember(as(Who.ADMIN_OF_A), schoolA.id(),
                    InviteMember.of("teacher@ecole-a.fr", MembershipRole.SCHOOL_ADMIN)));
            Violations.thrownBy(() -> service.inviteMember(as(Who.ADMIN_OF_A), schoolA.id(),
                    InviteMember.of("boss@garage.fr", MembershipRole.RECRUITER)));
            assertThat(Outcome.of(() -> service.inviteMember(as(Who.STAFF_OF_A), schoolA.id(), teacher)))
                    .isEqualTo(Outcome.FORBIDDEN);

            assertThat(memberships.events()).hasSize(afterFirst);
        }
    }
}
