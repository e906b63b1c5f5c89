package fr.passerelle.enrollment.contract;

import fr.passerelle.enrollment.port.out.ContractLinks;
import fr.passerelle.enrollment.service.EnrollmentAccess;
import fr.passerelle.shared.model.NodeIds;
import fr.passerelle.shared.port.PublicBaseUrl;

/**
 * The contract's PDF as the API serves it ({@code /enrollments/{id}/contract/document?version=n}), under the
 * platform's public address. The id in the path is the enrollment's GraphQL global id.
 */
public class PublicContractLinks implements ContractLinks {

    private final PublicBaseUrl base;

    public PublicContractLinks(PublicBaseUrl base) {
        this.base = base;
    }

    @Override
    public String document(String enrollmentId, int version) {
        return base.resolve(path(enrollmentId) + "?version=" + version);
    }

    /** The path of the enrollment's contract PDF. */
    public static String path(String enrollmentId) {
        return "/enrollments/" + NodeIds.encode(EnrollmentAccess.TYPE, enrollmentId) + "/contract/document";
    }
}
