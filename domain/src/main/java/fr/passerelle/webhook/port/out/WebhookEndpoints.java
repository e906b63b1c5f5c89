package fr.passerelle.webhook.port.out;

import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.webhook.model.WebhookEndpoint;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Webhook endpoints, one document each, changed under their version. */
public interface WebhookEndpoints {

    WebhookEndpoint insert(WebhookEndpoint endpoint);

    /**
     * Stores the change if the stored version is still the endpoint's; returns it at its new version.
     *
     * @throws fr.passerelle.shared.error.ConcurrentUpdateException when it changed meanwhile
     */
    WebhookEndpoint update(WebhookEndpoint endpoint);

    Optional<WebhookEndpoint> findById(String id);

    List<WebhookEndpoint> findAllById(Collection<String> ids);

    /** An organisation's endpoints, newest first. */
    Page<WebhookEndpoint> page(Tenant organisation, Paging paging);

    long countOf(Tenant organisation);

    /** The enabled endpoints of these organisations ({@link Tenant#key()}) subscribed to the event type. */
    List<WebhookEndpoint> subscribedTo(Set<String> organisations, String eventType);
}
