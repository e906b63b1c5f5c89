package fr.passerelle.company.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.CompanyEvents;
import fr.passerelle.company.model.CompanyFilter;
import fr.passerelle.company.model.CompanyKind;
import fr.passerelle.company.model.CompanyOrderField;
import fr.passerelle.company.model.Siret;
import fr.passerelle.company.model.Site;
import fr.passerelle.company.model.Vetting;
import fr.passerelle.company.model.VettingStatus;
import fr.passerelle.company.model.Workforce;
import fr.passerelle.company.port.in.CompanyProfileCommand;
import fr.passerelle.company.port.in.SiteCommand;
import fr.passerelle.company.port.in.WorkforceCommand;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.MembershipStatus;
import fr.passerelle.membership.model.PlatformRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.in.InviteMember;
import fr.passerelle.membership.service.MembershipService;
import fr.passerelle.membership.service.TenantMembers;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.AddressDraft;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.DomainEvents;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryCompanies;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.Outcome;
import fr.passerelle.testing.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyServiceTest {

    /** Company C is registered by its recruiter, company D by another; the school admin belongs to a school. */
    enum Who { PLATFORM_ADMIN, ADVISOR, RECRUITER_OF_C, TUTOR_OF_C, RECRUITER_OF_D, SCHOOL_ADMIN, LEARNER }

    private static final String SIRET_C = "81234567800013";
    private static final String SIRET_D = "52345678900016";
    private static final String FREE_SIRET = "73282932000074";
    private static final Sort<CompanyOrderField> BY_NAME = new Sort<>(CompanyOrderField.LEGAL_NAME, true);
    private static final Paging FIRST_PAGE = Paging.first(Paging.DEFAULT_SIZE, null);

    private final InMemoryCompanies companies = new InMemoryCompanies();
    private final InMemoryMemberships memberships = new InMemoryMemberships();
    /** Member lists are the membership use cases' job; they share the fake store. */
    private final MembershipService membershipService = new MembershipService(memberships,
            new TenantMembers(memberships, Fixtures.countingIds("unused-"), Fixtures.events(), Fixtures.CLOCK));
    private final IdGenerator ids = Fixtures.countingIds("id-");
    private final CompanyService service = new CompanyService(companies,
            new TenantMembers(memberships, ids, Fixtures.events(), Fixtures.CLOCK), ids, Fixtures.events(), Fixtures.CLOCK);

    private Company companyC;
    private Company companyD;
    private Map<Who, Actor> actors;

    private static CompanyProfileCommand profile(String legalName, String siret) {
        return new CompanyProfileCommand(legalName, null, siret, CompanyKind.INDEPENDENT_GARAGE, null, "Mécanique");
    }

    @BeforeEach
    void twoSelfRegisteredCompanies() {
        companyC = service.register(Actors.learner("recruiter-c"), profile("Garage Central SARL", SIRET_C));
        companyD = service.register(Actors.learner("recruiter-d"), profile("Dépannage Durand", SIRET_D));
        actors = Map.of(
                Who.PLATFORM_ADMIN, Actors.platformAdmin(),
                Who.ADVISOR, Actors.advisor(),
                Who.RECRUITER_OF_C, Actors.resolve(memberships, "recruiter-c", PlatformRole.LEARNER),
                Who.TUTOR_OF_C, Actors.member(memberships, "tutor-c", Tenant.company(companyC.id()), MembershipRole.TUTOR),
                Who.RECRUITER_OF_D, Actors.resolve(memberships, "recruiter-d", PlatformRole.LEARNER),
                Who.SCHOOL_ADMIN, Actors.member(memberships, "school-admin", Tenant.school("school-1"), MembershipRole.SCHOOL_ADMIN),
                Who.LEARNER, Actors.learner("learner"));
    }

    private Actor as(Who who) {
        return actors.get(who);
    }

    private Company storedC() {
        return companies.findById(companyC.id()).orElseThrow();
    }

    @Nested
    class Register {

        @Test
        void self_registered_company_is_pending_and_its_registrant_an_active_recruiter() {
            assertThat(companyC.vetting()).isEqualTo(Vetting.PENDING);
            assertThat(companyC.canPublishToLearners()).isFalse();
            assertThat(companyC.createdBy()).isEqualTo("recruiter-c");
            assertThat(companyC.createdAt()).isEqualTo(Fixtures.NOW);
            assertThat(companyC.profile().siret()).isEqualTo(Siret.of(SIRET_C));

            assertThat(memberships.findActiveBySubject("recruiter-c"))
                    .extracting(Membership::tenant, Membership::role, Membership::status, m -> m.email().value())
                    .containsExactly(tuple(Tenant.company(companyC.id()), MembershipRole.RECRUITER,
                            MembershipStatus.ACTIVE, "recruiter-c@mail.test"));
            assertThat(as(Who.RECRUITER_OF_C).canManage(Tenant.company(companyC.id()))).isTrue();
        }

        @Test
        void registering_without_a_verified_email_is_forbidden_and_stores_nothing() {
            int before = companies.size();

            assertThatThrownBy(() -> service.register(Actors.withoutVerifiedEmail("anonymous"),
                    profile("Garage Sans Mail", FREE_SIRET)))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(companies.size()).isEqualTo(before);
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = {"PLATFORM_ADMIN", "ADVISOR"})
        void staff_of_the_platform_register_companies_without_becoming_members(Who who) {
            Company company = service.register(as(who), profile("Garage Neuf", FREE_SIRET));

            assertThat(company.vetting().status()).isEqualTo(VettingStatus.PENDING);
            assertThat(memberships.findByTenantAndEmail(Tenant.company(company.id()), as(who).email())).isEmpty();
        }

        @Test
        void the_same_person_retrying_with_the_same_siret_gets_the_same_company() {
            int membershipsBefore = memberships.all().size();

            Company retried = service.register(Actors.learner("recruiter-c"),
                    profile("Garage Central SARL", "812 345 678 00013"));
            Company retriedAsMember = service.register(as(Who.RECRUITER_OF_C), profile("Garage Central SARL", SIRET_C));

            assertThat(retried.id()).isEqualTo(companyC.id());
            assertThat(retriedAsMember.id()).isEqualTo(companyC.id());
            assertThat(companies.size()).isEqualTo(2);
            assertThat(memberships.all()).hasSize(membershipsBefore);
        }

        @Test
        void retrying_completes_a_registration_whose_membership_write_failed() {
            var flaky = new InMemoryMemberships() {
                boolean failNextInsert = true;

                @Override
                public Membership insert(Membership membership, DomainEvent event) {
                    if (failNextInsert) {
                        failNextInsert = false;
                        throw new IllegalStateException("connection lost");
                    }
                    return super.insert(membership, event);
                }
            };
            IdGenerator flakyIds = Fixtures.countingIds("other-");
            var flakyService = new CompanyService(companies, new TenantMembers(flaky, flakyIds, Fixtures.events(), Fixtures.CLOCK),
                    flakyIds, Fixtures.events(), Fixtures.CLOCK);
            Actor registrant = Actors.learner("half-done");

            assertThatThrownBy(() -> flakyService.register(registrant, profile("Garage Moitié", FREE_SIRET)))
                    .isInstanceOf(IllegalStateException.class);
            Company company = flakyService.register(registrant, profile("Garage Moitié", FREE_SIRET));

            assertThat(companies.findBySiret(Siret.of(FREE_SIRET))).map(Company::id).contains(company.id());
            assertThat(flaky.findActiveBySubject("half-done"))
                    .extracting(Membership::tenant, Membership::role)
                    .containsExactly(tuple(Tenant.company(company.id()), MembershipRole.RECRUITER));
            assertThat(flaky.all()).hasSize(1);
        }

        @Test
        void someone_else_registering_a_taken_siret_gets_a_duplicate_on_siret() {
            assertThat(Violations.thrownBy(() ->
                    service.register(Actors.learner("copycat"), profile("Garage Copie", SIRET_C))))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("siret"), ErrorCode.DUPLICATE));
            assertThat(memberships.findActiveBySubject("copycat")).isEmpty();
            assertThat(memberships.findByTenantAndEmail(Tenant.company(companyC.id()), Actors.emailOf("copycat")))
                    .isEmpty();
        }

        @Test
        void an_invalid_profile_is_refused_before_anything_is_stored() {
            assertThat(Violations.fieldsThrownBy(() ->
                    service.register(Actors.learner("someone"), profile("", "81234567800014"))))
                    .containsExactly(List.of("legalName"), List.of("siret"));
            assertThat(companies.size()).isEqualTo(2);
        }
    }

    @Nested
    class VettingDecisions {

        @ParameterizedTest(name = "{0} verifying company C: {1}")
        @CsvSource({
                "PLATFORM_ADMIN, OK",
                "ADVISOR,        OK",
                "RECRUITER_OF_C, FORBIDDEN",
                "TUTOR_OF_C,     FORBIDDEN",
                "RECRUITER_OF_D, NOT_FOUND",
                "SCHOOL_ADMIN,   NOT_FOUND",
                "LEARNER,        NOT_FOUND",
        })
        void only_advisors_and_platform_admins_verify(Who who, Outcome expected) {
            assertThat(Outcome.of(() -> service.verify(as(who), companyC.id(), versionOf(companyC.id()), null))).isEqualTo(expected);
            assertThat(storedC().vetting().status())
                    .isEqualTo(expected == Outcome.OK ? VettingStatus.VERIFIED : VettingStatus.PENDING);
        }

        @ParameterizedTest(name = "{0} rejecting company C: {1}")
        @CsvSource({
                "PLATFORM_ADMIN, OK",
                "ADVISOR,        OK",
                "RECRUITER_OF_C, FORBIDDEN",
                "RECRUITER_OF_D, NOT_FOUND",
                "LEARNER,        NOT_FOUND",
        })
        void only_advisors_and_platform_admins_reject(Who who, Outcome expected) {
            assertThat(Outcome.of(() -> service.reject(as(who), companyC.id(), versionOf(companyC.id()), "Pas de garage à cette adresse")))
                    .isEqualTo(expected);
            assertThat(storedC().vetting().status())
                    .isEqualTo(expected == Outcome.OK ? VettingStatus.REJECTED : VettingStatus.PENDING);
        }

        @Test
        void verifying_records_who_decided_when_and_why() {
            Company verified = service.verify(as(Who.ADVISOR), companyC.id(), versionOf(companyC.id()), "  Visite sur place OK ");

            assertThat(verified.vetting())
                    .isEqualTo(new Vetting(VettingStatus.VERIFIED, "Visite sur place OK", "advisor", Fixtures.NOW));
            assertThat(verified.version()).isEqualTo(1);
            assertThat(storedC()).isEqualTo(verified);
        }

        @ParameterizedTest(name = "reason \"{0}\" is required")
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void rejecting_needs_a_reason(String reason) {
            assertThat(Violations.thrownBy(() -> service.reject(as(Who.ADVISOR), companyC.id(), versionOf(companyC.id()), reason)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("reason"), ErrorCode.REQUIRED));
            assertThat(storedC().vetting()).isEqualTo(Vetting.PENDING);
            assertThat(storedC().version()).isZero();
        }

        @Test
        void verifying_twice_with_the_same_note_changes_nothing() {
            Company first = service.verify(as(Who.ADVISOR), companyC.id(), versionOf(companyC.id()), "OK");

            Company second = service.verify(as(Who.PLATFORM_ADMIN), companyC.id(), versionOf(companyC.id()), "OK");

            assertThat(second).isEqualTo(first);
            assertThat(storedC().version()).isEqualTo(1);
            assertThat(storedC().vetting().decidedBy()).isEqualTo("advisor");
        }

        @Test
        void verifying_again_with_another_note_records_a_new_decision() {
            service.verify(as(Who.ADVISOR), companyC.id(), versionOf(companyC.id()), "OK");

            Company again = service.verify(as(Who.ADVISOR), companyC.id(), versionOf(companyC.id()), "OK, Kbis reçu");

            assertThat(again.version()).isEqualTo(2);
            assertThat(again.vetting().note()).isEqualTo("OK, Kbis reçu");
        }

        @Test
        void only_a_verified_company_may_publish_to_learners() {
            assertThat(storedC().canPublishToLearners()).isFalse();

            assertThat(service.verify(as(Who.ADVISOR), companyC.id(), versionOf(companyC.id()), null).canPublishToLearners()).isTrue();
            assertThat(service.reject(as(Who.ADVISOR), companyC.id(), versionOf(companyC.id()), "Fermé").canPublishToLearners()).isFalse();
        }

        @Test
        void vetting_a_missing_company_is_not_found() {
            assertThatThrownBy(() -> service.verify(as(Who.ADVISOR), "id-404", versionOf("id-404"), null))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class UpdateProfile {

        @BeforeEach
        void verified() {
            service.verify(as(Who.ADVISOR), companyC.id(), versionOf(companyC.id()), "OK");
        }

        @ParameterizedTest(name = "legal name \"{0}\", trade name \"{1}\", SIRET {2}: vetting {4}")
        @CsvSource({
                "Garage Central SARL, ,               81234567800013, Nouvelle description, VERIFIED",
                "Garage Central SARL, Central Auto,   81234567800013, Mécanique,            VERIFIED",
                "Garage Central SAS,  ,               81234567800013, Mécanique,            PENDING",
                "Garage Central SARL, ,               73282932000074, Mécanique,            PENDING",
        })
        void changing_the_legal_identity_voids_the_vetting(String legalName, String tradeName, String siret,
                                                           String description, VettingStatus expected) {
            var command = new CompanyProfileCommand(legalName, tradeName, siret, CompanyKind.INDEPENDENT_GARAGE,
                    null, description);

            Company updated = service.updateProfile(as(Who.RECRUITER_OF_C), companyC.id(), command, null);

            assertThat(updated.vetting().status()).isEqualTo(expected);
            assertThat(updated.canPublishToLearners()).isEqualTo(expected == VettingStatus.VERIFIED);
            assertThat(storedC()).isEqualTo(updated);
        }

        @ParameterizedTest(name = "{0} updating company C: {1}")
        @CsvSource({
                "PLATFORM_ADMIN, OK",
                "RECRUITER_OF_C, OK",
                "ADVISOR,        FORBIDDEN",
                "TUTOR_OF_C,     FORBIDDEN",
                "RECRUITER_OF_D, NOT_FOUND",
                "SCHOOL_ADMIN,   NOT_FOUND",
                "LEARNER,        NOT_FOUND",
        })
        void only_platform_admins_and_the_companys_recruiters_update_it(Who who, Outcome expected) {
            long before = storedC().version();

            Outcome outcome = Outcome.of(() -> service.updateProfile(as(who), companyC.id(),
                    profile("Garage Central et Fils SARL", SIRET_C), null));

            assertThat(outcome).isEqualTo(expected);
            assertThat(storedC().version()).isEqualTo(expected == Outcome.OK ? before + 1 : before);
        }

        @Test
        void taking_another_companys_siret_is_a_duplicate_on_siret() {
            assertThat(Violations.thrownBy(() -> service.updateProfile(as(Who.RECRUITER_OF_C), companyC.id(),
                    profile("Garage Central SARL", SIRET_D), null)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("siret"), ErrorCode.DUPLICATE));
            assertThat(storedC().profile().siret()).isEqualTo(Siret.of(SIRET_C));
            assertThat(storedC().vetting().status()).isEqualTo(VettingStatus.VERIFIED);
        }

        @Test
        void a_stale_expected_version_is_refused() {
            long current = storedC().version();

            assertThat(Violations.thrownBy(() -> service.updateProfile(as(Who.RECRUITER_OF_C), companyC.id(),
                    profile("Garage Central SARL", SIRET_C), current - 1)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("expectedVersion"), ErrorCode.STALE_VERSION));
        }
    }

    @Nested
    class Sites {

        private final AddressDraft located = new AddressDraft("3 rue du Moteur", "69003", "Lyon", "FR", 45.76, 4.85);

        @Test
        void a_site_with_coordinates_is_added() {
            Company company = service.addSite(as(Who.RECRUITER_OF_C), companyC.id(), new SiteCommand("Atelier", located));

            assertThat(company.sites()).singleElement().satisfies(site -> {
                assertThat(site.id()).isNotBlank();
                assertThat(site.name()).isEqualTo("Atelier");
                assertThat(site.address().city()).isEqualTo("Lyon");
                assertThat(site.address().location()).isEqualTo(new GeoPoint(45.76, 4.85));
            });
            assertThat(storedC().sites()).isEqualTo(company.sites());
        }

        @Test
        void a_site_without_coordinates_is_refused() {
            var unlocated = new AddressDraft("3 rue du Moteur", "69003", "Lyon", "FR", null, null);

            assertThat(Violations.thrownBy(() ->
                    service.addSite(as(Who.RECRUITER_OF_C), companyC.id(), new SiteCommand("Atelier", unlocated))))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("address", "latitude"), ErrorCode.REQUIRED));
            assertThat(storedC().sites()).isEmpty();
        }

        @Test
        void a_second_site_with_the_same_name_is_a_duplicate() {
            service.addSite(as(Who.RECRUITER_OF_C), companyC.id(), new SiteCommand("Atelier", located));

            assertThat(Violations.thrownBy(() ->
                    service.addSite(as(Who.RECRUITER_OF_C), companyC.id(), new SiteCommand(" ATELIER ", located))))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("name"), ErrorCode.DUPLICATE));
            assertThat(storedC().sites()).extracting(Site::name).containsExactly("Atelier");
        }

        @ParameterizedTest(name = "{0} adding a site to company C: {1}")
        @CsvSource({
                "PLATFORM_ADMIN, OK",
                "RECRUITER_OF_C, OK",
                "TUTOR_OF_C,     FORBIDDEN",
                "ADVISOR,        FORBIDDEN",
                "RECRUITER_OF_D, NOT_FOUND",
        })
        void only_managers_add_sites(Who who, Outcome expected) {
            assertThat(Outcome.of(() -> service.addSite(as(who), companyC.id(), new SiteCommand("Atelier", located))))
                    .isEqualTo(expected);
            assertThat(storedC().sites()).hasSize(expected == Outcome.OK ? 1 : 0);
        }
    }

    @Nested
    class Reading {

        @ParameterizedTest(name = "{0} sees {1}")
        @CsvSource({
                "PLATFORM_ADMIN, 'C,D'",
                "ADVISOR,        'C,D'",
                "RECRUITER_OF_C, C",
                "TUTOR_OF_C,     C",
                "RECRUITER_OF_D, D",
                "SCHOOL_ADMIN,   ''",
                "LEARNER,        ''",
        })
        void each_caller_sees_only_the_companies_they_may_read(Who who, String visible) {
            List<String> expected = visible.isEmpty() ? List.of()
                    : List.of(visible.split(",")).stream().map(c -> c.equals("C") ? companyC.id() : companyD.id()).toList();
            Actor actor = as(who);

            assertThat(service.search(actor, CompanyFilter.ANY, BY_NAME, FIRST_PAGE).items())
                    .extracting(Company::id).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(service.findAll(actor, List.of(companyC.id(), companyD.id(), "id-404")))
                    .extracting(Company::id).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(service.find(actor, companyC.id()).isPresent()).isEqualTo(expected.contains(companyC.id()));
            assertThat(service.find(actor, companyD.id()).isPresent()).isEqualTo(expected.contains(companyD.id()));
        }

        @Test
        void a_new_recruiter_sees_their_company_once_their_actor_is_resolved_again() {
            // The actor is resolved per request: a learner resolved before registering sees nothing yet.
            Actor before = Actors.learner("late");
            service.register(before, profile("Garage Tardif", FREE_SIRET));

            assertThat(service.search(before, CompanyFilter.ANY, BY_NAME, FIRST_PAGE).items()).isEmpty();
            assertThat(service.search(Actors.resolve(memberships, "late", PlatformRole.LEARNER), CompanyFilter.ANY,
                    BY_NAME, FIRST_PAGE).items()).extracting(c -> c.profile().legalName()).containsExactly("Garage Tardif");
        }
    }

    @Nested
    class Members {

        @Test
        void a_recruiter_invites_a_tutor() {
            Membership invited = service.inviteMember(as(Who.RECRUITER_OF_C), companyC.id(),
                    InviteMember.of("tutor@garage.fr", MembershipRole.TUTOR));

            assertThat(invited.status()).isEqualTo(MembershipStatus.INVITED);
            assertThat(invited.tenant()).isEqualTo(Tenant.company(companyC.id()));
            assertThat(invited.invitedBy()).isEqualTo("recruiter-c");
        }

        @Test
        void a_school_role_cannot_be_given_in_a_company() {
            assertThat(Violations.thrownBy(() -> service.inviteMember(as(Who.RECRUITER_OF_C), companyC.id(),
                            InviteMember.of("teacher@ecole.fr", MembershipRole.SCHOOL_STAFF))))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("role"), ErrorCode.INVALID));
        }

        @ParameterizedTest(name = "{0} inviting into company C: {1}")
        @CsvSource({
                "TUTOR_OF_C,     FORBIDDEN",
                "ADVISOR,        FORBIDDEN",
                "RECRUITER_OF_D, NOT_FOUND",
        })
        void only_managers_invite(Who who, Outcome expected) {
            assertThat(Outcome.of(() -> service.inviteMember(as(who), companyC.id(),
                    InviteMember.of("tutor@garage.fr", MembershipRole.TUTOR)))).isEqualTo(expected);
        }

        @Test
        void members_are_listed_to_the_companys_readers() {
            assertThat(membershipService.members(as(Who.TUTOR_OF_C), Tenant.company(companyC.id()), FIRST_PAGE).items())
                    .extracting(m -> m.email().value(), Membership::role)
                    .containsExactly(
                            tuple("recruiter-c@mail.test", MembershipRole.RECRUITER),
                            tuple("tutor-c@mail.test", MembershipRole.TUTOR));
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = {"RECRUITER_OF_D", "SCHOOL_ADMIN", "LEARNER"})
        void members_are_hidden_from_those_who_cannot_read_the_company(Who who) {
            assertThat(membershipService.members(as(who), Tenant.company(companyC.id()), FIRST_PAGE).items()).isEmpty();
        }
    }

    /** Every change writes exactly one event with it; refusals and no-ops write none. */
    @Nested
    class Events {

        private final AddressDraft located = new AddressDraft("3 rue du Moteur", "69003", "Lyon", "FR", 45.76, 4.85);
        private Initiator recruiterOfC;
        private Initiator advisorForC;
        private int companyEventsBefore;
        private int membershipEventsBefore;

        @BeforeEach
        void skipTheEventsOfTheSetUp() {
            String tenantC = Tenant.company(companyC.id()).key();
            recruiterOfC = new Initiator("recruiter-c", Set.of("LEARNER"), tenantC, null, null);
            advisorForC = new Initiator("advisor", Set.of("ADVISOR"), null, tenantC, null);
            companyEventsBefore = companies.events().size();
            membershipEventsBefore = memberships.events().size();
        }

        private List<DomainEvent> newCompanyEvents() {
            return companies.events().subList(companyEventsBefore, companies.events().size());
        }

        private List<DomainEvent> newMembershipEvents() {
            return memberships.events().subList(membershipEventsBefore, memberships.events().size());
        }

        private DomainEvent companyEvent(String type, long version, Initiator by, String... changedFields) {
            return DomainEvents.expected(type, "Company", companyC.id(), version, by, List.of(changedFields), Map.of());
        }

        @Test
        void self_registration_writes_the_company_and_the_first_recruiters_activation() {
            Initiator registrant = new Initiator("recruiter-c", Set.of("LEARNER"), null, null, null);
            Membership recruiter = memberships.findActiveBySubject("recruiter-c").get(0);

            assertThat(companies.eventTypes()).containsExactly("company.registered", "company.registered");
            assertThat(companies.events().get(0)).usingRecursiveComparison().ignoringFields("id").isEqualTo(
                    companyEvent("company.registered", 0, registrant, "profile", "sites", "vetting", "createdBy"));
            assertThat(memberships.eventTypes()).containsExactly("membership.activated", "membership.activated");
            Initiator joining = new Initiator("recruiter-c", Set.of("LEARNER"), Tenant.company(companyC.id()).key(),
                    null, null);
            assertThat(memberships.events().get(0)).usingRecursiveComparison().ignoringFields("id").isEqualTo(
                    DomainEvents.expected("membership.activated", "Membership", recruiter.id(), 0, joining,
                            List.of("tenant", "role", "email", "subject", "status", "invitedBy", "invitedAt",
                                    "activatedAt"),
                            Map.of("tenant", Tenant.company(companyC.id()).key(), "role", "RECRUITER")));
        }

        @Test
        void a_registration_by_platform_staff_writes_no_membership_event() {
            Company company = service.register(as(Who.ADVISOR), profile("Garage Neuf", FREE_SIRET));

            assertThat(newCompanyEvents()).singleElement().usingRecursiveComparison().ignoringFields("id").isEqualTo(
                    DomainEvents.expected("company.registered", "Company", company.id(), 0,
                            new Initiator("advisor", Set.of("ADVISOR"), null, null, null),
                            List.of("profile", "sites", "vetting", "createdBy"), Map.of()));
            assertThat(newMembershipEvents()).isEmpty();
        }

        @Test
        void retrying_a_completed_registration_writes_no_event() {
            service.register(Actors.learner("recruiter-c"), profile("Garage Central SARL", SIRET_C));
            service.register(as(Who.RECRUITER_OF_C), profile("Garage Central SARL", SIRET_C));

            assertThat(newCompanyEvents()).isEmpty();
            assertThat(newMembershipEvents()).isEmpty();
        }

        @Test
        void refused_registrations_write_no_event() {
            assertThat(Outcome.of(() -> service.register(Actors.withoutVerifiedEmail("anonymous"),
                    profile("Garage Sans Mail", FREE_SIRET)))).isEqualTo(Outcome.FORBIDDEN);
            Violations.thrownBy(() -> service.register(Actors.learner("copycat"), profile("Garage Copie", SIRET_C)));
            Violations.thrownBy(() -> service.register(Actors.learner("someone"), profile("", FREE_SIRET)));

            assertThat(newCompanyEvents()).isEmpty();
            assertThat(newMembershipEvents()).isEmpty();
        }

        @Test
        void a_profile_update_by_a_recruiter_names_the_changed_field() {
            var described = new CompanyProfileCommand("Garage Central SARL", null, SIRET_C,
                    CompanyKind.INDEPENDENT_GARAGE, null, "Mécanique et carrosserie");

            service.updateProfile(as(Who.RECRUITER_OF_C), companyC.id(), described, 0L);

            assertThat(newCompanyEvents()).singleElement().usingRecursiveComparison().ignoringFields("id")
                    .isEqualTo(companyEvent("company.profile_updated", 1, recruiterOfC, "profile.description"));
        }

        @Test
        void a_new_legal_name_names_the_vetting_it_voids() {
            service.verify(as(Who.ADVISOR), companyC.id(), 0, "OK");

            service.updateProfile(as(Who.RECRUITER_OF_C), companyC.id(), profile("Garage Central SAS", SIRET_C), null);

            assertThat(newCompanyEvents()).last().usingRecursiveComparison().ignoringFields("id")
                    .isEqualTo(companyEvent("company.profile_updated", 2, recruiterOfC, "profile.legalName",
                            "vetting.status", "vetting.note", "vetting.decidedBy", "vetting.decidedAt"));
        }

        @Test
        void adding_a_site_names_the_sites() {
            service.addSite(as(Who.RECRUITER_OF_C), companyC.id(), new SiteCommand("Atelier", located));

            assertThat(newCompanyEvents()).singleElement().usingRecursiveComparison().ignoringFields("id")
                    .isEqualTo(companyEvent("company.site_added", 1, recruiterOfC, "sites"));
        }

        @Test
        void refused_profile_and_site_changes_write_no_event() {
            Violations.thrownBy(() -> service.updateProfile(as(Who.RECRUITER_OF_C), companyC.id(),
                    profile("Garage Central SAS", SIRET_C), 5L));
            Violations.thrownBy(() -> service.updateProfile(as(Who.RECRUITER_OF_C), companyC.id(),
                    profile("Garage Central SARL", SIRET_D), null));
            assertThat(Outcome.of(() -> service.updateProfile(as(Who.TUTOR_OF_C), companyC.id(),
                    profile("Garage Central SAS", SIRET_C), null))).isEqualTo(Outcome.FORBIDDEN);
            assertThat(Outcome.of(() -> service.addSite(as(Who.RECRUITER_OF_D), companyC.id(),
                    new SiteCommand("Atelier", located)))).isEqualTo(Outcome.NOT_FOUND);
            Violations.thrownBy(() -> service.addSite(as(Who.RECRUITER_OF_C), companyC.id(),
                    new SiteCommand("Atelier", new AddressDraft("3 rue du Moteur", "69003", "Lyon", "FR", null, null))));

            assertThat(newCompanyEvents()).isEmpty();
        }

        @Test
        void verifying_writes_company_verified_on_behalf_of_the_company() {
            service.verify(as(Who.ADVISOR), companyC.id(), 0, "Visite sur place OK");

            assertThat(newCompanyEvents()).singleElement().usingRecursiveComparison().ignoringFields("id")
                    .isEqualTo(companyEvent("company.verified", 1, advisorForC,
                            "vetting.status", "vetting.note", "vetting.decidedBy", "vetting.decidedAt"));
        }

        @Test
        void verifying_a_verified_company_again_writes_no_event() {
            service.verify(as(Who.ADVISOR), companyC.id(), 0, "OK");

            service.verify(as(Who.ADVISOR), companyC.id(), 1, "OK");
            service.verify(as(Who.PLATFORM_ADMIN), companyC.id(), 1, "OK");

            assertThat(newCompanyEvents()).extracting(DomainEvent::type).containsExactly("company.verified");
        }

        @Test
        void rejecting_a_verified_company_names_only_what_the_decision_changed() {
            service.verify(as(Who.ADVISOR), companyC.id(), 0, "OK");

            service.reject(as(Who.ADVISOR), companyC.id(), 1, "Fermé");

            assertThat(newCompanyEvents()).last().usingRecursiveComparison().ignoringFields("id")
                    .isEqualTo(companyEvent("company.rejected", 2, advisorForC, "vetting.status", "vetting.note"));
        }

        @Test
        void refused_vetting_decisions_write_no_event() {
            Violations.thrownBy(() -> service.verify(as(Who.ADVISOR), companyC.id(), 1, "OK"));
            Violations.thrownBy(() -> service.reject(as(Who.ADVISOR), companyC.id(), 0, " "));
            assertThat(Outcome.of(() -> service.verify(as(Who.RECRUITER_OF_C), companyC.id(), 0, null)))
                    .isEqualTo(Outcome.FORBIDDEN);
            assertThat(Outcome.of(() -> service.reject(as(Who.RECRUITER_OF_D), companyC.id(), 0, "Fermé")))
                    .isEqualTo(Outcome.NOT_FOUND);

            assertThat(newCompanyEvents()).isEmpty();
        }

        @Test
        void an_invitation_writes_membership_invited_and_no_company_event() {
            Membership invited = service.inviteMember(as(Who.RECRUITER_OF_C), companyC.id(),
                    InviteMember.of("tutor@garage.fr", MembershipRole.TUTOR));

            assertThat(newMembershipEvents()).singleElement().usingRecursiveComparison().ignoringFields("id")
                    .isEqualTo(DomainEvents.expected("membership.invited", "Membership", invited.id(), 0, recruiterOfC,
                            List.of("tenant", "role", "email", "status", "invitedBy", "invitedAt"),
                            Map.of("tenant", Tenant.company(companyC.id()).key(), "role", "TUTOR")));
            assertThat(newCompanyEvents()).isEmpty();
        }
    }

    /** The version an advisor reviewing the company now would see. */
    private long versionOf(String companyId) {
        return companies.findById(companyId).map(Company::version).orElse(0L);
    }

    /** The workforce the interns quota is counted from (R124-10, R124-12), declared by the company. */
    @Nested
    class DeclaredWorkforce {

        private final LocalDate today = PlatformCalendar.today(Fixtures.CLOCK);

        @ParameterizedTest(name = "{0} declaring company C's workforce: {1}")
        @CsvSource({
                "PLATFORM_ADMIN, OK",
                "RECRUITER_OF_C, OK",
                "TUTOR_OF_C,     FORBIDDEN",
                "ADVISOR,        FORBIDDEN",
                "RECRUITER_OF_D, NOT_FOUND",
                "SCHOOL_ADMIN,   NOT_FOUND",
        })
        void only_platform_admins_and_the_companys_recruiters_declare_it(Who who, Outcome expected) {
            assertThat(Outcome.of(() -> service.declareWorkforce(as(who), companyC.id(),
                    new WorkforceCommand(25, today.minusDays(3), 1), null))).isEqualTo(expected);
            assertThat(storedC().workforce() != null).isEqualTo(expected == Outcome.OK);
        }

        @Test
        void the_declaration_is_dated_and_says_who_made_it_and_the_same_figures_again_change_nothing() {
            Company declared = service.declareWorkforce(as(Who.RECRUITER_OF_C), companyC.id(),
                    new WorkforceCommand(25, today.minusDays(3), null), null);
            long version = storedC().version();
            long events = companies.events().size();

            service.declareWorkforce(as(Who.PLATFORM_ADMIN), companyC.id(),
                    new WorkforceCommand(25, today.minusDays(3), 0), null);

            assertThat(declared.workforce()).isEqualTo(new Workforce(25, today.minusDays(3), 0, "recruiter-c",
                    Fixtures.CLOCK.instant()));
            assertThat(storedC().version()).isEqualTo(version);
            assertThat(companies.events()).hasSize((int) events);
            assertThat(companies.events()).extracting(DomainEvent::type).contains(CompanyEvents.WORKFORCE_DECLARED);
            assertThat(storedC().vetting().status()).as("its legal identity is unchanged")
                    .isEqualTo(companyC.vetting().status());
        }

        @Test
        void figures_out_of_bounds_and_a_date_to_come_are_refused_each_on_its_field() {
            assertThat(Violations.thrownBy(() -> service.declareWorkforce(as(Who.RECRUITER_OF_C), companyC.id(),
                    new WorkforceCommand(-1, today.plusDays(1), 150_001), null)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("headcount"), ErrorCode.OUT_OF_RANGE),
                            tuple(List.of("asOf"), ErrorCode.OUT_OF_RANGE),
                            tuple(List.of("internsElsewhere"), ErrorCode.OUT_OF_RANGE));
            assertThat(Violations.thrownBy(() -> service.declareWorkforce(as(Who.RECRUITER_OF_C), companyC.id(),
                    new WorkforceCommand(null, null, null), null)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("headcount"), ErrorCode.REQUIRED),
                            tuple(List.of("asOf"), ErrorCode.REQUIRED));
            assertThat(storedC().workforce()).isNull();
        }
    }
}
