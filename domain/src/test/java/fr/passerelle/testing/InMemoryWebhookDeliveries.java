package fr.passerelle.testing;

import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.webhook.model.DeliveryStatus;
import fr.passerelle.webhook.model.WebhookDelivery;
import fr.passerelle.webhook.port.out.WebhookDeliveries;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link WebhookDeliveries} in a map, versioned like the adapter. */
public class InMemoryWebhookDeliveries implements WebhookDeliveries {

    private final Map<String, WebhookDelivery> stored = new LinkedHashMap<>();

    public List<WebhookDelivery> all() {
        return List.copyOf(stored.values());
    }

    @Override
    public boolean insertIfAbsent(WebhookDelivery delivery) {
        return stored.putIfAbsent(delivery.id(), delivery) == null;
    }

    @Override
    public WebhookDelivery update(WebhookDelivery delivery) {
        if (stored.get(delivery.id()).version() != delivery.version()) {
            throw new ConcurrentUpdateException("WebhookDelivery", delivery.id());
        }
        WebhookDelivery next = new WebhookDelivery(delivery.id(), delivery.endpointId(), delivery.organisation(),
                delivery.eventId(), delivery.eventType(), delivery.body(), delivery.createdAt(), delivery.status(),
                delivery.attemptCount(), delivery.nextAttemptAt(), delivery.attempts(), delivery.version() + 1);
        stored.put(next.id(), next);
        return next;
    }

    @Override
    public Optional<WebhookDelivery> findById(String id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public Page<WebhookDelivery> page(String endpointId, Paging paging) {
        List<WebhookDelivery> items = stored.values().stream().filter(d -> d.endpointId().equals(endpointId))
                .sorted(Comparator.comparing(WebhookDelivery::createdAt).reversed()).limit(paging.size()).toList();
        return new Page<>(items, items.stream().map(d -> new fr.passerelle.shared.paging.Keyset(d.createdAt(), d.id()))
                .toList(), false, false);
    }

    @Override
    public List<WebhookDelivery> failedBetween(String endpointId, Instant from, Instant to, int limit) {
        return stored.values().stream().filter(d -> d.endpointId().equals(endpointId))
                .filter(d -> d.status() == DeliveryStatus.FAILED)
                .filter(d -> !d.createdAt().isBefore(from) && d.createdAt().isBefore(to))
                .sorted(Comparator.comparing(WebhookDelivery::createdAt)).limit(limit).toList();
    }
}
