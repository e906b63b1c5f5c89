package fr.passerelle.testing;

import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.webhook.model.WebhookEndpoint;
import fr.passerelle.webhook.port.out.WebhookEndpoints;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link WebhookEndpoints} in a map, versioned like the adapter; pages are the first page only, newest first. */
public class InMemoryWebhookEndpoints implements WebhookEndpoints {

    private final Map<String, WebhookEndpoint> stored = new LinkedHashMap<>();

    @Override
    public WebhookEndpoint insert(WebhookEndpoint endpoint) {
        stored.put(endpoint.id(), endpoint);
        return endpoint;
    }

    @Override
    public WebhookEndpoint update(WebhookEndpoint endpoint) {
        if (stored.get(endpoint.id()).version() != endpoint.version()) {
            throw new ConcurrentUpdateException("WebhookEndpoint", endpoint.id());
        }
        WebhookEndpoint next = new WebhookEndpoint(endpoint.id(), endpoint.organisation(), endpoint.url(),
                endpoint.eventTypes(), endpoint.secrets(), endpoint.enabled(), endpoint.disabledReason(),
                endpoint.failingSince(), endpoint.createdBy(), endpoint.createdAt(), endpoint.version() + 1);
        stored.put(next.id(), next);
        return next;
    }

    @Override
    public Optional<WebhookEndpoint> findById(String id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public List<WebhookEndpoint> findAllById(Collection<String> ids) {
        return ids.stream().map(stored::get).filter(Objects::nonNull).toList();
    }

    @Override
    public Page<WebhookEndpoint> page(Tenant organisation, Paging paging) {
        List<WebhookEndpoint> items = stored.values().stream().filter(e -> e.organisation().equals(organisation))
                .sorted(Comparator.comparing(WebhookEndpoint::createdAt).reversed()).limit(paging.size()).toList();
        return new Page<>(items, items.stream().map(e -> new fr.passerelle.shared.paging.Keyset(e.createdAt(), e.id()))
                .toList(), false, false);
    }

    @Override
    public long countOf(Tenant organisation) {
        return stored.values().stream().filter(e -> e.organisation().equals(organisation)).count();
    }

    @Override
    public List<WebhookEndpoint> subscribedTo(Set<String> organisations, String eventType) {
        return stored.values().stream().filter(e -> organisations.contains(e.organisation().key()))
                .filter(e -> e.subscribesTo(eventType)).toList();
    }
}
