package fr.passerelle.enrollment.contract;

import fr.passerelle.enrollment.model.TrainingContract;
import fr.passerelle.enrollment.port.out.ContractLinks;
import fr.passerelle.shared.port.PublicBaseUrl;

/**
 * The contract's PDF as the API serves it ({@link TrainingContract#documentPath}{@code ?version=n}), under the
 * platform's public address.
 */
public class PublicContractLinks implements ContractLinks {

    private final PublicBaseUrl base;

    public PublicContractLinks(PublicBaseUrl base) {
        this.base = base;
    }

    @Override
    public String document(String enrollmentId, int version) {
        return base.resolve(TrainingContract.documentPath(enrollmentId) + "?version=" + version);
    }
}
