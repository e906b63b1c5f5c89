package fr.passerelle.partner.graphql;

import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.partner.model.PartnerClient;
import fr.passerelle.partner.port.in.PartnerClientUseCases.IssuedSecret;
import java.util.List;

/** Payload of every partner-client mutation; {@code secret} only when one was just issued. */
record PartnerClientPayload(List<UserErrorView> userErrors, PartnerClientView partnerClient, String secret) {

    static PartnerClientPayload of(List<UserErrorView> userErrors, PartnerClient client) {
        return new PartnerClientPayload(userErrors, client == null ? null : PartnerClientView.of(client), null);
    }

    static PartnerClientPayload issued(List<UserErrorView> userErrors, IssuedSecret issued) {
        return issued == null ? new PartnerClientPayload(userErrors, null, null)
                : new PartnerClientPayload(userErrors, PartnerClientView.of(issued.client()), issued.secret());
    }
}
