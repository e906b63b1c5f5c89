package fr.passerelle.webhook.persistence;

import fr.passerelle.webhook.model.DisabledReason;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored webhook endpoint. {@code organisation} is the tenant key ({@code school:<id>}); secrets are sealed.
 */
@Document("webhookEndpoints")
@CompoundIndex(name = "by_organisation_newest", def = "{'organisation': 1, 'createdAt': -1, '_id': 1}")
@CompoundIndex(name = "subscribed", def = "{'organisation': 1, 'enabled': 1, 'eventTypes': 1}")
record WebhookEndpointDocument(@Id String id, String organisation, String url, Set<String> eventTypes,
                               List<SecretDocument> secrets, boolean enabled, DisabledReason disabledReason,
                               Instant failingSince, String createdBy, Instant createdAt, @Version Long version) {

    record SecretDocument(String sealed, Instant createdAt, Instant expiresAt) {
    }
}
