package fr.passerelle.webhook.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.webhook.model.DisabledReason;
import fr.passerelle.webhook.model.EndpointSecret;
import fr.passerelle.webhook.model.WebhookEndpoint;
import fr.passerelle.webhook.port.in.WebhookUseCases;
import java.time.Instant;
import java.util.List;

/** GraphQL {@code WebhookEndpoint}: never a secret, sealed or not. */
public record WebhookEndpointView(String id, String localId, String url, List<String> eventTypes, boolean enabled,
                                  DisabledReason disabledReason, Instant failingSince, Instant createdAt,
                                  Instant secretCreatedAt) {

    public static final String TYPE = "WebhookEndpoint";

    static WebhookEndpointView of(WebhookEndpoint endpoint) {
        List<EndpointSecret> secrets = endpoint.secrets();
        return new WebhookEndpointView(GlobalIds.encode(TYPE, endpoint.id()), endpoint.id(), endpoint.url(),
                endpoint.eventTypes().stream().sorted().toList(), endpoint.enabled(), endpoint.disabledReason(),
                endpoint.failingSince(), endpoint.createdAt(), secrets.get(secrets.size() - 1).createdAt());
    }

    /** GraphQL {@code WebhookEndpointSecretPayload}. */
    record SecretPayload(List<UserErrorView> userErrors, WebhookEndpointView endpoint, String secret) {

        static SecretPayload of(List<UserErrorView> userErrors, WebhookUseCases.WithSecret created) {
            return created == null ? new SecretPayload(userErrors, null, null)
                    : new SecretPayload(userErrors, WebhookEndpointView.of(created.endpoint()), created.secret());
        }
    }

    /** GraphQL {@code WebhookEndpointPayload}. */
    record Payload(List<UserErrorView> userErrors, WebhookEndpointView endpoint) {

        static Payload of(List<UserErrorView> userErrors, WebhookEndpoint endpoint) {
            return new Payload(userErrors, endpoint == null ? null : WebhookEndpointView.of(endpoint));
        }
    }

    /** GraphQL {@code WebhookDeliveriesReplayPayload}. */
    record ReplayPayload(List<UserErrorView> userErrors, Integer replayed) {
    }
}
