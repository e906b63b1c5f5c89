package fr.passerelle.enrollment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.InMemoryEnrollments;
import fr.passerelle.testing.InMemoryMemberships;
import org.junit.jupiter.api.Test;

/** The parts load an enrollment the same way: missing, absent and someone else's are one NOT_FOUND. */
class EnrollmentAccessTest {

    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryMemberships memberships = new InMemoryMemberships();

    @Test
    void aMissingEnrollmentAndAnotherSchoolsOneAreTheSameNotFound() {
        Enrollment stored = DossierFakes.enrollment("enrollment-1", "school-1", "learner-1", DossierFakes.employee());
        enrollments.seed(stored);
        var elsewhere = Actors.member(memberships, "admissions-2", Tenant.school("school-2"), MembershipRole.ADMISSIONS);

        assertThat(EnrollmentAccess.load(enrollments, "enrollment-1")).isEqualTo(stored);
        assertThatThrownBy(() -> EnrollmentAccess.load(enrollments, "missing")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> EnrollmentAccess.load(enrollments, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> EnrollmentAccess.requireRead(elsewhere, EnrollmentAccess.load(enrollments,
                "enrollment-1"))).isInstanceOf(NotFoundException.class);
    }
}
