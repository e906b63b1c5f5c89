package fr.passerelle.webhook.persistence;

import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.persistence.KeysetPager;
import fr.passerelle.webhook.model.DeliveryAttempt;
import fr.passerelle.webhook.model.DeliveryStatus;
import fr.passerelle.webhook.model.WebhookDelivery;
import fr.passerelle.webhook.port.out.WebhookDeliveries;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoWebhookDeliveries implements WebhookDeliveries {

    private static final String ENDPOINT = "endpointId";
    private static final String CREATED_AT = "createdAt";

    private final MongoOperations mongo;
    private final KeysetPager<WebhookDeliveryDocument> pager;

    MongoWebhookDeliveries(MongoOperations mongo) {
        this.mongo = mongo;
        this.pager = new KeysetPager<>(mongo, WebhookDeliveryDocument.class, WebhookDeliveryDocument::id);
    }

    @Override
    public boolean insertIfAbsent(WebhookDelivery delivery) {
        try {
            mongo.insert(toDocument(delivery, null));
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    @Override
    public WebhookDelivery update(WebhookDelivery delivery) {
        try {
            return toDomain(mongo.save(toDocument(delivery, delivery.version())));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new ConcurrentUpdateException("WebhookDelivery", delivery.id());
        }
    }

    @Override
    public Optional<WebhookDelivery> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, WebhookDeliveryDocument.class))
                .map(MongoWebhookDeliveries::toDomain);
    }

    @Override
    public Page<WebhookDelivery> page(String endpointId, Paging paging) {
        return pager.page(Criteria.where(ENDPOINT).is(endpointId), CREATED_AT, false, paging,
                WebhookDeliveryDocument::createdAt).map(MongoWebhookDeliveries::toDomain);
    }

    @Override
    public List<WebhookDelivery> failedBetween(String endpointId, Instant from, Instant to, int limit) {
        Query failed = Query.query(Criteria.where(ENDPOINT).is(endpointId).and("status").is(DeliveryStatus.FAILED)
                        .and(CREATED_AT).gte(from).lt(to))
                .with(Sort.by(CREATED_AT, "_id")).limit(limit);
        return mongo.find(failed, WebhookDeliveryDocument.class).stream().map(MongoWebhookDeliveries::toDomain)
                .toList();
    }

    private static WebhookDeliveryDocument toDocument(WebhookDelivery delivery, Long version) {
        return new WebhookDeliveryDocument(delivery.id(), delivery.endpointId(), delivery.organisation(),
                delivery.eventId(), delivery.eventType(), delivery.body(), delivery.createdAt(), delivery.status(),
                delivery.attemptCount(), delivery.nextAttemptAt(), delivery.attempts().stream()
                        .map(a -> new WebhookDeliveryDocument.AttemptDocument(a.number(), a.at(), a.durationMillis(),
                                a.outcome(), a.responseStatus(), a.responseExcerpt()))
                        .toList(),
                version);
    }

    private static WebhookDelivery toDomain(WebhookDeliveryDocument document) {
        return new WebhookDelivery(document.id(), document.endpointId(), document.organisation(), document.eventId(),
                document.eventType(), document.body(), document.createdAt(), document.status(),
                document.attemptCount(), document.nextAttemptAt(), document.attempts().stream()
                        .map(a -> new DeliveryAttempt(a.number(), a.at(), a.durationMillis(), a.outcome(),
                                a.responseStatus(), a.responseExcerpt()))
                        .toList(),
                document.version());
    }
}
