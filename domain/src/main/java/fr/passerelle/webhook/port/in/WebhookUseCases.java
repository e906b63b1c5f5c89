package fr.passerelle.webhook.port.in;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.webhook.model.WebhookDelivery;
import fr.passerelle.webhook.model.WebhookEndpoint;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An organisation's webhook endpoints, for those who may manage them ({@code WebhookAccess}). To anyone else an
 * endpoint does not exist: someone else's and a missing one look the same.
 */
public interface WebhookUseCases {

    /** Registers an endpoint; the answer carries its secret, the only time it is shown. */
    WithSecret register(Actor actor, Tenant organisation, String url, Set<String> eventTypes);

    /** Changes the URL and/or event types (null: unchanged) and/or turns it on or off. */
    WebhookEndpoint update(Actor actor, String endpointId, String url, Set<String> eventTypes, Boolean enabled);

    /** A new secret, shown once; the previous one keeps signing for the overlap. */
    WithSecret rotateSecret(Actor actor, String endpointId);

    Page<WebhookEndpoint> endpoints(Actor actor, Tenant organisation, Paging paging);

    Optional<WebhookEndpoint> find(Actor actor, String endpointId);

    List<WebhookEndpoint> findAll(Actor actor, Collection<String> endpointIds);

    /** An endpoint's messages, newest first; empty for an endpoint the actor may not manage. */
    Page<WebhookDelivery> deliveries(Actor actor, String endpointId, Paging paging);

    /** Sends again the failed messages created in [from, to) (at most a week, {@value #MAX_REPLAY} messages). */
    int replayFailed(Actor actor, String endpointId, Instant from, Instant to);

    int MAX_REPLAY = 500;

    /** An endpoint with its secret in clear: the answer to registering it or rotating its secret, never stored. */
    record WithSecret(WebhookEndpoint endpoint, String secret) {
    }
}
