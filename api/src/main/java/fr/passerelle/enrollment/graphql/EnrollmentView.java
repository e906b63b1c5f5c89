package fr.passerelle.enrollment.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.enrollment.model.Enrollment;

/**
 * GraphQL {@code Enrollment}. The parts of the enrollment (documents, funding, contract, payments) resolve their
 * fields from {@link #enrollment()} in their own controllers.
 */
public record EnrollmentView(String id, Enrollment enrollment) {

    public static final String TYPE = "Enrollment";

    public static EnrollmentView of(Enrollment enrollment) {
        return new EnrollmentView(GlobalIds.encode(TYPE, enrollment.id()), enrollment);
    }

    public String localId() {
        return enrollment.id();
    }
}
