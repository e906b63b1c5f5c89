package fr.passerelle.webhook.persistence;

import fr.passerelle.webhook.model.AttemptOutcome;
import fr.passerelle.webhook.model.DeliveryStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored webhook message ({@code _id} is its {@code webhook-id}) with its latest attempts. */
@Document("webhookDeliveries")
@CompoundIndex(name = "by_endpoint_newest", def = "{'endpointId': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "failed_by_time", def = "{'endpointId': 1, 'status': 1, 'createdAt': 1}")
record WebhookDeliveryDocument(@Id String id, String endpointId, String organisation, String eventId,
                               String eventType, String body, Instant createdAt, DeliveryStatus status,
                               int attemptCount, Instant nextAttemptAt, List<AttemptDocument> attempts,
                               @Version Long version) {

    record AttemptDocument(int number, Instant at, long durationMillis, AttemptOutcome outcome,
                           Integer responseStatus, String responseExcerpt) {
    }
}
