package fr.passerelle.webhook.port.out;

import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.webhook.model.WebhookDelivery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Webhook messages and their attempts. */
public interface WebhookDeliveries {

    /** Stores a new message; false (and nothing changed) when one with its id exists. */
    boolean insertIfAbsent(WebhookDelivery delivery);

    /**
     * Stores the change if the stored version is still the delivery's.
     *
     * @throws fr.passerelle.shared.error.ConcurrentUpdateException when it changed meanwhile
     */
    WebhookDelivery update(WebhookDelivery delivery);

    Optional<WebhookDelivery> findById(String id);

    /** An endpoint's messages, newest first. */
    Page<WebhookDelivery> page(String endpointId, Paging paging);

    /** Up to {@code limit} failed messages of the endpoint created in [from, to), oldest first. */
    List<WebhookDelivery> failedBetween(String endpointId, Instant from, Instant to, int limit);
}
