package fr.passerelle.membership.model;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.EmailAddress;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final Tenant SCHOOL_A = Tenant.school("A");
    private static final Tenant SCHOOL_B = Tenant.school("B");
    private static final Tenant COMPANY_C = Tenant.company("C");

    private static Membership active(Tenant tenant, MembershipRole role) {
        return invited(tenant, role).activate("someone", NOW);
    }

    private static Membership invited(Tenant tenant, MembershipRole role) {
        return Membership.invite(tenant.id() + "-" + role, tenant, role, EmailAddress.of("someone@mail.test"),
                "seed", NOW);
    }

    private static Actor actor(Set<PlatformRole> roles, Membership... memberships) {
        return new Actor("someone", "Someone", null, roles, List.of(memberships));
    }

    @ParameterizedTest(name = "{0} reads everything: {1}")
    @CsvSource({
            "PLATFORM_ADMIN, true",
            "ADVISOR,        true",
            "LEARNER,        false",
    })
    void only_platform_admins_and_advisors_read_everything(PlatformRole role, boolean readsEverything) {
        Actor actor = actor(Set.of(role));

        assertThat(actor.readsEverything()).isEqualTo(readsEverything);
        assertThat(actor.canRead(SCHOOL_A)).isEqualTo(readsEverything);
        assertThat(actor.canRead(COMPANY_C)).isEqualTo(readsEverything);
    }

    @Test
    void members_of_an_organisation_do_not_read_everything() {
        Actor schoolAdmin = actor(Set.of(), active(SCHOOL_A, MembershipRole.SCHOOL_ADMIN));

        assertThat(schoolAdmin.readsEverything()).isFalse();
        assertThat(schoolAdmin.canRead(SCHOOL_A)).isTrue();
        assertThat(schoolAdmin.canRead(SCHOOL_B)).isFalse();
    }

    @Test
    void platform_admin_manages_every_organisation() {
        Actor admin = actor(Set.of(PlatformRole.PLATFORM_ADMIN));

        assertThat(admin.canManage(SCHOOL_A)).isTrue();
        assertThat(admin.canManage(COMPANY_C)).isTrue();
    }

    @Test
    void advisor_reads_but_does_not_manage() {
        Actor advisor = actor(Set.of(PlatformRole.ADVISOR));

        assertThat(advisor.canManage(SCHOOL_A)).isFalse();
        assertThat(advisor.canManage(COMPANY_C)).isFalse();
    }

    @ParameterizedTest(name = "{0} of school A manages A: {1}")
    @CsvSource({
            "SCHOOL_ADMIN, true",
            "SCHOOL_STAFF, false",
    })
    void only_managing_school_roles_manage_their_school(MembershipRole role, boolean managesA) {
        Actor member = actor(Set.of(), active(SCHOOL_A, role));

        assertThat(member.canManage(SCHOOL_A)).isEqualTo(managesA);
        assertThat(member.canManage(SCHOOL_B)).isFalse();
    }

    @ParameterizedTest(name = "{0} of company C manages C: {1}")
    @CsvSource({
            "RECRUITER, true",
            "TUTOR,     false",
    })
    void only_recruiters_manage_their_company(MembershipRole role, boolean managesC) {
        Actor member = actor(Set.of(), active(COMPANY_C, role));

        assertThat(member.canManage(COMPANY_C)).isEqualTo(managesC);
    }

    @Test
    void admin_of_another_school_does_not_manage_nor_read_this_one() {
        Actor adminOfB = actor(Set.of(), active(SCHOOL_B, MembershipRole.SCHOOL_ADMIN));

        assertThat(adminOfB.canManage(SCHOOL_A)).isFalse();
        assertThat(adminOfB.canRead(SCHOOL_A)).isFalse();
    }

    @Test
    void same_id_in_another_tenant_type_is_another_organisation() {
        Actor adminOfSchoolX = actor(Set.of(), active(Tenant.school("X"), MembershipRole.SCHOOL_ADMIN));

        assertThat(adminOfSchoolX.canRead(Tenant.company("X"))).isFalse();
        assertThat(adminOfSchoolX.canManage(Tenant.company("X"))).isFalse();
    }

    @Test
    void invited_memberships_grant_nothing() {
        Actor invitee = actor(Set.of(), invited(SCHOOL_A, MembershipRole.SCHOOL_ADMIN));

        assertThat(invitee.memberships()).isEmpty();
        assertThat(invitee.isMemberOf(SCHOOL_A)).isFalse();
        assertThat(invitee.canRead(SCHOOL_A)).isFalse();
        assertThat(invitee.canManage(SCHOOL_A)).isFalse();
        assertThat(invitee.tenantIds(TenantType.SCHOOL)).isEmpty();
    }

    @Test
    void tenant_ids_are_grouped_by_type() {
        Actor actor = actor(Set.of(),
                active(SCHOOL_A, MembershipRole.SCHOOL_ADMIN),
                active(SCHOOL_B, MembershipRole.SCHOOL_STAFF),
                active(COMPANY_C, MembershipRole.TUTOR),
                invited(Tenant.company("D"), MembershipRole.RECRUITER));

        assertThat(actor.tenantIds(TenantType.SCHOOL)).containsExactlyInAnyOrder("A", "B");
        assertThat(actor.tenantIds(TenantType.COMPANY)).containsExactly("C");
    }

    @Test
    void roles_and_memberships_are_copied_so_later_changes_do_not_leak_in() {
        var roles = new java.util.HashSet<>(Set.of(PlatformRole.LEARNER));
        var memberships = new java.util.ArrayList<>(List.of(active(SCHOOL_A, MembershipRole.SCHOOL_STAFF)));
        Actor actor = new Actor("someone", "Someone", null, roles, memberships);

        roles.add(PlatformRole.PLATFORM_ADMIN);
        memberships.add(active(SCHOOL_B, MembershipRole.SCHOOL_ADMIN));

        assertThat(actor.isPlatformAdmin()).isFalse();
        assertThat(actor.canRead(SCHOOL_B)).isFalse();
    }

    @Nested
    class InitiatorFor {

        private static final String CLIENT = "passerelle-web";

        private Actor withClient(Set<PlatformRole> roles, Membership... memberships) {
            return new Actor("someone", "Someone", null, roles, List.of(memberships), CLIENT);
        }

        @Test
        void a_member_acts_as_a_member_of_the_organisation() {
            Actor schoolAdmin = withClient(Set.of(), active(SCHOOL_A, MembershipRole.SCHOOL_ADMIN));

            assertThat(schoolAdmin.initiatorFor(SCHOOL_A))
                    .isEqualTo(new Initiator("someone", Set.of(), "school:A", null, CLIENT));
        }

        @Test
        void a_platform_admin_who_is_not_a_member_acts_on_its_behalf() {
            Actor admin = withClient(Set.of(PlatformRole.PLATFORM_ADMIN));

            assertThat(admin.initiatorFor(COMPANY_C))
                    .isEqualTo(new Initiator("someone", Set.of("PLATFORM_ADMIN"), null, "company:C", CLIENT));
        }

        @Test
        void a_platform_admin_who_is_a_member_acts_as_a_member() {
            Actor adminAndMember = withClient(Set.of(PlatformRole.PLATFORM_ADMIN),
                    active(SCHOOL_A, MembershipRole.SCHOOL_STAFF));

            assertThat(adminAndMember.initiatorFor(SCHOOL_A))
                    .isEqualTo(new Initiator("someone", Set.of("PLATFORM_ADMIN"), "school:A", null, CLIENT));
        }

        @Test
        void a_member_of_another_organisation_acts_on_behalf_of_the_one_concerned() {
            Actor adminOfB = withClient(Set.of(), active(SCHOOL_B, MembershipRole.SCHOOL_ADMIN));

            Initiator initiator = adminOfB.initiatorFor(SCHOOL_A);

            assertThat(initiator.organisation()).isNull();
            assertThat(initiator.onBehalfOf()).isEqualTo("school:A");
        }

        @Test
        void a_pending_invitation_does_not_make_a_member() {
            Actor invitee = withClient(Set.of(), invited(SCHOOL_A, MembershipRole.SCHOOL_STAFF));

            assertThat(invitee.initiatorFor(SCHOOL_A).onBehalfOf()).isEqualTo("school:A");
            assertThat(invitee.initiatorFor(SCHOOL_A).organisation()).isNull();
        }

        @Test
        void a_personal_action_names_no_organisation() {
            Actor member = withClient(Set.of(PlatformRole.ADVISOR, PlatformRole.LEARNER),
                    active(SCHOOL_A, MembershipRole.SCHOOL_ADMIN));

            assertThat(member.initiatorFor(null))
                    .isEqualTo(new Initiator("someone", Set.of("ADVISOR", "LEARNER"), null, null, CLIENT));
        }

        @Test
        void without_a_client_the_initiator_names_none() {
            assertThat(actor(Set.of()).initiatorFor(SCHOOL_A).client()).isNull();
        }
    }
}
