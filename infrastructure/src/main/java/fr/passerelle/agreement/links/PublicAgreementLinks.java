package fr.passerelle.agreement.links;

import fr.passerelle.agreement.port.out.AgreementLinks;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The agreement's download addresses as the API serves them ({@code /agreements/{id}/document?version=n},
 * {@code /agreements/{id}/amendments/{n}/document}), under the server's public base URL. The id in those paths is
 * the agreement's GraphQL global id, written the way the API writes it: unpadded base64url of
 * {@code InternshipAgreement:<id>}.
 */
public class PublicAgreementLinks implements AgreementLinks {

    private static final String TYPE = "InternshipAgreement";

    private final String base;

    /** @param publicBaseUrl where clients reach the API, e.g. {@code https://api.passerelle.example} */
    public PublicAgreementLinks(String publicBaseUrl) {
        this.base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }

    @Override
    public String agreementDocument(String agreementId, int version) {
        return agreement(agreementId) + "/document?version=" + version;
    }

    @Override
    public String amendmentDocument(String agreementId, int number) {
        return agreement(agreementId) + "/amendments/" + number + "/document";
    }

    private String agreement(String agreementId) {
        return base + "/agreements/" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TYPE + ":" + agreementId).getBytes(StandardCharsets.UTF_8));
    }
}
