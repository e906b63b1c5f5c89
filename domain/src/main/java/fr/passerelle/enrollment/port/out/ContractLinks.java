package fr.passerelle.enrollment.port.out;

import fr.passerelle.enrollment.service.EnrollmentAccess;
import fr.passerelle.shared.model.NodeIds;

/**
 * The absolute address of a training contract's PDF, as a message shows it to someone reading it outside the app
 * (the company's representative). The PDF answers to whoever may read the contract, signed in.
 */
public interface ContractLinks {

    /** The PDF of this version of the enrollment's contract. */
    String document(String enrollmentId, int version);

    /**
     * The path the API serves the enrollment's contract PDF at, {@code /enrollments/{id}/contract/document}, the id
     * being the enrollment's GraphQL global id.
     */
    static String documentPath(String enrollmentId) {
        return "/enrollments/" + NodeIds.encode(EnrollmentAccess.TYPE, enrollmentId) + "/contract/document";
    }
}
