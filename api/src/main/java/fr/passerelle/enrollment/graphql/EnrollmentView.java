package fr.passerelle.enrollment.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.model.EnrollmentStep;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * GraphQL {@code Enrollment}; {@code session}, {@code programme}, {@code contact} and {@code waitlistPosition} are
 * resolved on read. The parts of the enrollment (documents, funding, contract, payments) resolve their fields from
 * {@link #enrollment()} in their own controllers.
 */
public record EnrollmentView(String id, EnrollmentState state, boolean seated, ContactSituation situation,
                             boolean minor, List<EnrollmentStep> history, LocalDate withdrawalEndsOn,
                             String endReason, Instant createdAt, Instant updatedAt, long version,
                             Enrollment enrollment) {

    public static final String TYPE = "Enrollment";

    public static EnrollmentView of(Enrollment enrollment) {
        return new EnrollmentView(GlobalIds.encode(TYPE, enrollment.id()), enrollment.state(), enrollment.seated(),
                enrollment.applicant().situation(), enrollment.applicant().minor(), enrollment.history(),
                enrollment.withdrawalEndsOn(), enrollment.endReason(), enrollment.createdAt(), enrollment.updatedAt(),
                enrollment.version(), enrollment);
    }

    public String localId() {
        return enrollment.id();
    }
}
