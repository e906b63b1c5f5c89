package fr.passerelle.membership.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.MembershipStatus;
import fr.passerelle.membership.model.PlatformRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.in.InviteMember;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryMemberships;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MembershipServiceTest {

    /** Callers around an invitation of {@code invitee@mail.test} as staff of school A. */
    enum Who { INVITEE, PLATFORM_ADMIN, ADVISOR, ADMIN_OF_A, STAFF_OF_A, ADMIN_OF_B, RECRUITER, STRANGER, NO_EMAIL }

    private static final Tenant SCHOOL_A = Tenant.school("school-a");
    private static final Tenant SCHOOL_B = Tenant.school("school-b");
    private static final Instant LATER = Fixtures.NOW.plusSeconds(3_600);

    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final TenantMembers tenantMembers =
            new TenantMembers(memberships, Fixtures.countingIds("membership-"), Fixtures.events(), Fixtures.CLOCK);
    private MembershipService service;

    private Membership invitation;
    private Map<Who, Actor> actors;

    @BeforeEach
    void anInvitationToSchoolA() {
        service = new MembershipService(memberships, new TenantMembers(memberships, Fixtures.countingIds("unused-"),
                new EventFactory(Fixtures.countingIds("event-"), Clock.fixed(LATER, ZoneOffset.UTC)),
                Clock.fixed(LATER, ZoneOffset.UTC)));
        Actor adminOfA = Actors.member(memberships, "admin-a", SCHOOL_A, MembershipRole.SCHOOL_ADMIN);
        invitation = tenantMembers.invite(adminOfA, SCHOOL_A,
                InviteMember.of(" Invitee@Mail.TEST ", MembershipRole.SCHOOL_STAFF));
        actors = Map.of(
                Who.INVITEE, Actors.learner("invitee"),
                Who.PLATFORM_ADMIN, Actors.platformAdmin(),
                Who.ADVISOR, Actors.advisor(),
                Who.ADMIN_OF_A, adminOfA,
                Who.STAFF_OF_A, Actors.member(memberships, "staff-a", SCHOOL_A, MembershipRole.SCHOOL_STAFF),
                Who.ADMIN_OF_B, Actors.member(memberships, "admin-b", SCHOOL_B, MembershipRole.SCHOOL_ADMIN),
                Who.RECRUITER, Actors.member(memberships, "recruiter", Tenant.company("company-1"), MembershipRole.RECRUITER),
                Who.STRANGER, Actors.learner("stranger"),
                Who.NO_EMAIL, Actors.withoutVerifiedEmail("no-email"));
    }

    private Actor as(Who who) {
        return actors.get(who);
    }

    @Test
    void accepting_with_the_invited_verified_email_activates_and_binds_the_subject() {
        Membership accepted = service.accept(as(Who.INVITEE), invitation.id());

        assertThat(accepted.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(accepted.subject()).isEqualTo("invitee");
        assertThat(accepted.activatedAt()).isEqualTo(LATER);
        assertThat(accepted.invitedAt()).isEqualTo(Fixtures.NOW);
        assertThat(accepted.version()).isEqualTo(invitation.version() + 1);
        assertThat(memberships.findById(invitation.id())).contains(accepted);
    }

    @Test
    void after_accepting_the_actor_resolves_with_the_membership() {
        service.accept(as(Who.INVITEE), invitation.id());

        Actor resolved = service.resolveActor("invitee", "Invitee", Actors.emailOf("invitee"), Set.of(PlatformRole.LEARNER), null);

        assertThat(resolved.canRead(SCHOOL_A)).isTrue();
        assertThat(resolved.canManage(SCHOOL_A)).isFalse();
    }

    @Test
    void accepting_twice_returns_the_membership_unchanged() {
        Membership first = service.accept(as(Who.INVITEE), invitation.id());

        Membership second = service.accept(as(Who.INVITEE), invitation.id());

        assertThat(second).isEqualTo(first);
        assertThat(memberships.findById(invitation.id())).contains(first);
    }

    @ParameterizedTest(name = "{0} cannot accept it")
    @CsvSource({"STRANGER", "NO_EMAIL", "ADMIN_OF_A", "PLATFORM_ADMIN"})
    void nobody_but_the_invitee_can_accept(Who who) {
        assertThatThrownBy(() -> service.accept(as(who), invitation.id())).isInstanceOf(NotFoundException.class);
        assertThat(memberships.findById(invitation.id())).contains(invitation);
    }

    @Test
    void another_account_with_the_same_email_cannot_take_over_an_accepted_invitation() {
        service.accept(as(Who.INVITEE), invitation.id());
        Actor secondAccount = new Actor("other-subject", "Same mail", Actors.emailOf("invitee"), Set.of(), List.of());

        assertThatThrownBy(() -> service.accept(secondAccount, invitation.id())).isInstanceOf(NotFoundException.class);
        assertThat(memberships.findById(invitation.id()).orElseThrow().subject()).isEqualTo("invitee");
    }

    @Test
    void accepting_a_missing_invitation_is_not_found() {
        assertThatThrownBy(() -> service.accept(as(Who.INVITEE), "membership-404")).isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest(name = "{0} sees the invitation: {1}")
    @CsvSource({
            "INVITEE,        true",
            "PLATFORM_ADMIN, true",
            "ADVISOR,        true",
            "ADMIN_OF_A,     true",
            "STAFF_OF_A,     true",
            "ADMIN_OF_B,     false",
            "RECRUITER,      false",
            "STRANGER,       false",
            "NO_EMAIL,       false",
    })
    void an_invitation_is_visible_to_the_organisations_readers_and_the_invitee(Who who, boolean visible) {
        assertThat(service.find(as(who), invitation.id()).isPresent()).isEqualTo(visible);
        assertThat(service.findAll(as(who), List.of(invitation.id(), "membership-404")))
                .hasSize(visible ? 1 : 0);
    }

    @Test
    void an_accepted_membership_stays_visible_to_its_member() {
        service.accept(as(Who.INVITEE), invitation.id());
        Actor member = service.resolveActor("invitee", "Invitee", Actors.emailOf("invitee"), Set.of(), null);

        assertThat(service.find(member, invitation.id())).isPresent();
        assertThat(service.find(as(Who.ADMIN_OF_B), invitation.id())).isEmpty();
    }

    @Test
    void pending_invitations_are_those_addressed_to_the_verified_email() {
        assertThat(service.pendingInvitations(as(Who.INVITEE))).extracting(Membership::id).containsExactly(invitation.id());
        assertThat(service.pendingInvitations(as(Who.STRANGER))).isEmpty();
        assertThat(service.pendingInvitations(as(Who.NO_EMAIL))).isEmpty();

        service.accept(as(Who.INVITEE), invitation.id());

        assertThat(service.pendingInvitations(as(Who.INVITEE))).isEmpty();
    }

    @Test
    void resolved_actor_ignores_invitations_not_yet_accepted() {
        Actor resolved = service.resolveActor("invitee", "Invitee", Actors.emailOf("invitee"), Set.of(), null);

        assertThat(resolved.memberships()).isEmpty();
        assertThat(resolved.canRead(SCHOOL_A)).isFalse();
    }

    @Test
    void accepting_writes_membership_activated_by_the_invitee_joining_the_school() {
        service.accept(as(Who.INVITEE), invitation.id());

        assertThat(memberships.events()).last().usingRecursiveComparison().ignoringFields("id").isEqualTo(
                new DomainEvent("any", "membership.activated", "Membership", invitation.id(), 1,
                        new Initiator("invitee", Set.of("LEARNER"), "school:school-a", null, null), LATER,
                        List.of("subject", "status", "activatedAt"),
                        Map.of("tenant", "school:school-a", "role", "SCHOOL_STAFF")));
        assertThat(memberships.eventTypes()).containsExactly("membership.invited", "membership.activated");
    }

    @Test
    void accepting_an_active_membership_again_writes_no_event() {
        service.accept(as(Who.INVITEE), invitation.id());

        service.accept(as(Who.INVITEE), invitation.id());

        assertThat(memberships.eventTypes()).containsExactly("membership.invited", "membership.activated");
    }

    @Test
    void refused_acceptances_write_no_event() {
        assertThatThrownBy(() -> service.accept(as(Who.STRANGER), invitation.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.accept(as(Who.PLATFORM_ADMIN), invitation.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.accept(as(Who.INVITEE), "membership-404")).isInstanceOf(NotFoundException.class);

        assertThat(memberships.eventTypes()).containsExactly("membership.invited");
    }
}
