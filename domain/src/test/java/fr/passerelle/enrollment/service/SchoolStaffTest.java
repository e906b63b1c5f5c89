package fr.passerelle.enrollment.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryMemberships;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every enrollment part tells the same people: the school's active members in the acting role and its admins. */
class SchoolStaffTest {

    private final InMemoryMemberships memberships = new InMemoryMemberships();

    @BeforeEach
    void staff() {
        Tenant school = Tenant.school("school-1");
        Actors.member(memberships, "admin", school, MembershipRole.SCHOOL_ADMIN);
        Actors.member(memberships, "admissions", school, MembershipRole.ADMISSIONS);
        Actors.member(memberships, "finance", school, MembershipRole.FINANCE);
        Actors.member(memberships, "elsewhere", Tenant.school("school-2"), MembershipRole.ADMISSIONS);
        memberships.seed(Membership.invite("invited", school, MembershipRole.ADMISSIONS,
                EmailAddress.of("invited@example.org"), "seed", Fixtures.NOW));
    }

    @Test
    void admissionsAreTheSchoolsActiveAdmissionsAndAdmins() {
        assertThat(SchoolStaff.admissions(memberships, "school-1"))
                .containsExactlyInAnyOrder("admin", "admissions");
    }

    @Test
    void financeIsTheSchoolsActiveFinanceAndAdmins() {
        assertThat(SchoolStaff.finance(memberships, "school-1")).containsExactlyInAnyOrder("admin", "finance");
    }
}
