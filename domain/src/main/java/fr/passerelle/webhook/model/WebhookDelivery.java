package fr.passerelle.webhook.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.nio.charset.StandardCharsets;

/**
 * One message (one event to one endpoint) and its attempts. Its id is the {@code webhook-id} header: the same for
 * every attempt and replay, so receivers can tell a retry from a new message.
 *
 * @param attemptCount attempts made so far, replays included
 * @param attempts     the latest attempts (at most {@link #MAX_KEPT_ATTEMPTS})
 */
public record WebhookDelivery(String id, String endpointId, String organisation, String eventId, String eventType,
                              String body, Instant createdAt, DeliveryStatus status, int attemptCount,
                              Instant nextAttemptAt, List<DeliveryAttempt> attempts, long version) {

    /** A full schedule and a couple of replays. */
    public static final int MAX_KEPT_ATTEMPTS = 20;

    public WebhookDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        attempts = List.copyOf(attempts);
    }

    /** The message for an event and an endpoint, named after both so that creating it twice creates it once. */
    public static WebhookDelivery of(String eventId, String eventType, WebhookEndpoint endpoint, String body,
                                     Instant now) {
        String id = "msg_" + UUID.nameUUIDFromBytes((eventId + "/" + endpoint.id()).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
        return new WebhookDelivery(id, endpoint.id(), endpoint.organisation().key(), eventId, eventType, body, now,
                DeliveryStatus.PENDING, 0, now, List.of(), 0);
    }

    /** The number of the attempt scheduled next. */
    public int nextAttemptNumber() {
        return attemptCount + 1;
    }

    /** After an attempt: delivered, pending until {@code next}, or failed for good when {@code next} is null. */
    public WebhookDelivery after(DeliveryAttempt attempt, Instant next) {
        List<DeliveryAttempt> kept = new ArrayList<>(attempts);
        kept.add(attempt);
        if (kept.size() > MAX_KEPT_ATTEMPTS) {
            kept = kept.subList(kept.size() - MAX_KEPT_ATTEMPTS, kept.size());
        }
        DeliveryStatus status = attempt.outcome() == AttemptOutcome.SUCCEEDED ? DeliveryStatus.SUCCEEDED
                : next == null ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
        return new WebhookDelivery(id, endpointId, organisation, eventId, eventType, body, createdAt, status,
                attempt.number(), status == DeliveryStatus.PENDING ? next : null, kept, version);
    }

    /** Given up without an attempt: its endpoint was disabled or removed meanwhile. */
    public WebhookDelivery abandoned() {
        return new WebhookDelivery(id, endpointId, organisation, eventId, eventType, body, createdAt,
                DeliveryStatus.FAILED, attemptCount, null, attempts, version);
    }

    /** Sent again from the start of a new attempt, due now. */
    public WebhookDelivery replayed(Instant now) {
        return new WebhookDelivery(id, endpointId, organisation, eventId, eventType, body, createdAt,
                DeliveryStatus.PENDING, attemptCount, now, attempts, version);
    }
}
