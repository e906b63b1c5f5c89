package fr.passerelle.webhook.service;

import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.webhook.model.WebhookAudience;
import fr.passerelle.webhook.model.WebhookDelivery;
import fr.passerelle.webhook.model.WebhookEndpoint;
import fr.passerelle.webhook.model.WebhookPayload;
import fr.passerelle.webhook.port.out.WebhookDeliveries;
import fr.passerelle.webhook.port.out.WebhookEndpoints;
import java.time.Clock;
import java.util.Set;

/**
 * Turns a domain event into one message per enabled endpoint subscribed to its type among the organisations the
 * event concerns ({@link WebhookAudience}), and schedules each message's first attempt. Accepts only events some
 * endpoint wants, so an organisation without webhooks costs the relay one indexed read per event and no job.
 * Idempotent: a message's id derives from the event and the endpoint.
 */
public class WebhookFanOut implements EventSubscriber {

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final WebhookAttempts attempts;
    private final Clock clock;

    public WebhookFanOut(WebhookEndpoints endpoints, WebhookDeliveries deliveries, WebhookAttempts attempts,
                         Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        Set<String> audience = WebhookAudience.of(event);
        return !audience.isEmpty() && !endpoints.subscribedTo(audience, event.type()).isEmpty();
    }

    @Override
    public void on(DomainEvent event) {
        for (WebhookEndpoint endpoint : endpoints.subscribedTo(WebhookAudience.of(event), event.type())) {
            WebhookDelivery message = WebhookDelivery.of(event.id(), event.type(), endpoint,
                    WebhookPayload.of(event, endpoint.organisation().key()), clock.instant());
            // Scheduling again after a crash between the two writes is harmless: the reminder's key is the same.
            deliveries.insertIfAbsent(message);
            deliveries.findById(message.id()).filter(m -> m.attemptCount() == 0).ifPresent(attempts::schedule);
        }
    }
}
