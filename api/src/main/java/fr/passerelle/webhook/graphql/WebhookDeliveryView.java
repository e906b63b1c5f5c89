package fr.passerelle.webhook.graphql;

import fr.passerelle.webhook.model.AttemptOutcome;
import fr.passerelle.webhook.model.DeliveryStatus;
import fr.passerelle.webhook.model.WebhookDelivery;
import java.time.Instant;
import java.util.List;

/** GraphQL {@code WebhookDelivery}, with its attempts. */
record WebhookDeliveryView(String id, String eventType, String payload, DeliveryStatus status, int attemptCount,
                           Instant nextAttemptAt, Instant createdAt, List<Attempt> attempts) {

    static WebhookDeliveryView of(WebhookDelivery delivery) {
        return new WebhookDeliveryView(delivery.id(), delivery.eventType(), delivery.body(), delivery.status(),
                delivery.attemptCount(), delivery.nextAttemptAt(), delivery.createdAt(), delivery.attempts().stream()
                        .map(a -> new Attempt(a.number(), a.at(), (int) Math.min(a.durationMillis(), Integer.MAX_VALUE),
                                a.outcome(), a.responseStatus(), a.responseExcerpt()))
                        .toList());
    }

    /** GraphQL {@code WebhookAttempt}. */
    record Attempt(int number, Instant at, int durationMs, AttemptOutcome outcome, Integer responseStatus,
                   String responseExcerpt) {
    }
}
