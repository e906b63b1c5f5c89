package fr.passerelle.agreement.links;

import fr.passerelle.agreement.port.out.AgreementLinks;
import fr.passerelle.shared.model.NodeIds;
import fr.passerelle.shared.port.PublicBaseUrl;

/**
 * The agreement's download addresses as the API serves them ({@code /agreements/{id}/document?version=n},
 * {@code /agreements/{id}/amendments/{n}/document}), under the platform's public address. The id in those paths is
 * the agreement's GraphQL global id.
 */
public class PublicAgreementLinks implements AgreementLinks {

    private static final String TYPE = "InternshipAgreement";

    private final PublicBaseUrl base;

    public PublicAgreementLinks(PublicBaseUrl base) {
        this.base = base;
    }

    @Override
    public String agreementDocument(String agreementId, int version) {
        return base.resolve(agreement(agreementId) + "/document?version=" + version);
    }

    @Override
    public String amendmentDocument(String agreementId, int number) {
        return base.resolve(agreement(agreementId) + "/amendments/" + number + "/document");
    }

    private static String agreement(String agreementId) {
        return "/agreements/" + NodeIds.encode(TYPE, agreementId);
    }
}
