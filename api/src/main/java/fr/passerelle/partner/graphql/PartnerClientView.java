package fr.passerelle.partner.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.partner.model.ClientSecret;
import fr.passerelle.partner.model.PartnerClient;
import fr.passerelle.partner.model.PartnerClientStatus;
import fr.passerelle.partner.model.PartnerScope;
import java.time.Instant;
import java.util.List;

/** GraphQL {@code PartnerClient}: never a secret, only what tells them apart. */
public record PartnerClientView(String id, String clientId, String name, List<PartnerScope> scopes,
                                PartnerClientStatus status, List<SecretView> secrets, Instant createdAt,
                                Instant updatedAt, long version) {

    public static final String TYPE = "PartnerClient";

    /** GraphQL {@code PartnerClientSecret}. */
    public record SecretView(String hint, Instant createdAt, Instant expiresAt) {

        static SecretView of(ClientSecret secret) {
            return new SecretView(secret.hint(), secret.createdAt(), secret.expiresAt());
        }
    }

    public static PartnerClientView of(PartnerClient client) {
        return new PartnerClientView(GlobalIds.encode(TYPE, client.id()), client.clientId(), client.name(),
                client.scopes().stream().sorted().toList(), client.status(),
                client.secrets().stream().map(SecretView::of).toList(), client.createdAt(), client.updatedAt(),
                client.version());
    }
}
