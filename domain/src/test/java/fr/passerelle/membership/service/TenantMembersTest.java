package fr.passerelle.membership.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.in.InviteMember;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.DomainEvents;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.Violations;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantMembersTest {

    private static final Tenant SCHOOL = Tenant.school("school-a");

    /** Misses the existing membership on the first look-up, as when a concurrent invite lands just after it. */
    private static final class RacingMemberships extends InMemoryMemberships {
        private boolean missNextLookup;

        @Override
        public Optional<Membership> findByTenantAndEmail(Tenant tenant, EmailAddress email) {
            if (missNextLookup) {
                missNextLookup = false;
                return Optional.empty();
            }
            return super.findByTenantAndEmail(tenant, email);
        }
    }

    private final RacingMemberships memberships = new RacingMemberships();
    private final TenantMembers members =
            new TenantMembers(memberships, Fixtures.countingIds("membership-"), Fixtures.events(), Fixtures.CLOCK);
    private final Actor admin = Actors.platformAdmin();

    @Test
    void losing_an_identical_invite_race_returns_the_winners_membership() {
        Membership winner = members.invite(admin, SCHOOL, InviteMember.of("t@ecole.fr", MembershipRole.SCHOOL_STAFF));
        memberships.missNextLookup = true;

        Membership loser = members.invite(admin, SCHOOL, InviteMember.of("t@ecole.fr", MembershipRole.SCHOOL_STAFF));

        assertThat(loser).isEqualTo(winner);
        assertThat(memberships.all()).hasSize(1);
    }

    @Test
    void losing_an_invite_race_with_another_role_is_a_duplicate() {
        members.invite(admin, SCHOOL, InviteMember.of("t@ecole.fr", MembershipRole.SCHOOL_STAFF));
        memberships.missNextLookup = true;

        assertThat(Violations.thrownBy(() ->
                members.invite(admin, SCHOOL, InviteMember.of("t@ecole.fr", MembershipRole.SCHOOL_ADMIN))))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("email"), ErrorCode.DUPLICATE));
    }

    @Test
    void invite_member_command_reports_bad_email_and_missing_role_together() {
        assertThat(Violations.thrownBy(() -> InviteMember.of("no-at", null)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple(List.of("email"), ErrorCode.INVALID),
                        tuple(List.of("role"), ErrorCode.REQUIRED));
    }

    @Test
    void an_invitation_by_a_platform_admin_is_written_on_behalf_of_the_organisation() {
        Membership invited = members.invite(admin, SCHOOL, InviteMember.of("t@ecole.fr", MembershipRole.SCHOOL_STAFF));

        assertThat(memberships.events()).singleElement().usingRecursiveComparison().ignoringFields("id").isEqualTo(
                DomainEvents.expected("membership.invited", "Membership", invited.id(), 0,
                        new Initiator("platform-admin", Set.of("PLATFORM_ADMIN"), null, "school:school-a", null),
                        List.of("tenant", "role", "email", "status", "invitedBy", "invitedAt"),
                        Map.of("tenant", "school:school-a", "role", "SCHOOL_STAFF")));
    }

    @Test
    void re_inviting_with_the_same_role_writes_no_event() {
        members.invite(admin, SCHOOL, InviteMember.of("t@ecole.fr", MembershipRole.SCHOOL_STAFF));

        members.invite(admin, SCHOOL, InviteMember.of("T@Ecole.fr", MembershipRole.SCHOOL_STAFF));

        assertThat(memberships.eventTypes()).containsExactly("membership.invited");
    }

    @Test
    void losing_an_invite_race_writes_only_the_winners_event() {
        members.invite(admin, SCHOOL, InviteMember.of("t@ecole.fr", MembershipRole.SCHOOL_STAFF));
        memberships.missNextLookup = true;

        members.invite(admin, SCHOOL, InviteMember.of("t@ecole.fr", MembershipRole.SCHOOL_STAFF));

        assertThat(memberships.eventTypes()).containsExactly("membership.invited");
    }
}
