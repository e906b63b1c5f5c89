package fr.passerelle.webhook.persistence;

import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.model.TenantType;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.persistence.KeysetPager;
import fr.passerelle.webhook.model.EndpointSecret;
import fr.passerelle.webhook.model.WebhookEndpoint;
import fr.passerelle.webhook.port.out.WebhookEndpoints;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoWebhookEndpoints implements WebhookEndpoints {

    private static final String ORGANISATION = "organisation";

    private final MongoOperations mongo;
    private final KeysetPager<WebhookEndpointDocument> pager;

    MongoWebhookEndpoints(MongoOperations mongo) {
        this.mongo = mongo;
        this.pager = new KeysetPager<>(mongo, WebhookEndpointDocument.class, WebhookEndpointDocument::id);
    }

    @Override
    public WebhookEndpoint insert(WebhookEndpoint endpoint) {
        return toDomain(mongo.insert(toDocument(endpoint, null)));
    }

    /** A whole-document replace conditional on the version ({@code @Version}). */
    @Override
    public WebhookEndpoint update(WebhookEndpoint endpoint) {
        try {
            return toDomain(mongo.save(toDocument(endpoint, endpoint.version())));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new ConcurrentUpdateException("WebhookEndpoint", endpoint.id());
        }
    }

    @Override
    public Optional<WebhookEndpoint> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, WebhookEndpointDocument.class)).map(MongoWebhookEndpoints::toDomain);
    }

    @Override
    public List<WebhookEndpoint> findAllById(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), WebhookEndpointDocument.class).stream()
                .map(MongoWebhookEndpoints::toDomain).toList();
    }

    @Override
    public Page<WebhookEndpoint> page(Tenant organisation, Paging paging) {
        return pager.page(Criteria.where(ORGANISATION).is(organisation.key()), "createdAt", false, paging,
                WebhookEndpointDocument::createdAt).map(MongoWebhookEndpoints::toDomain);
    }

    @Override
    public long countOf(Tenant organisation) {
        return mongo.count(Query.query(Criteria.where(ORGANISATION).is(organisation.key())),
                WebhookEndpointDocument.class);
    }

    @Override
    public List<WebhookEndpoint> subscribedTo(Set<String> organisations, String eventType) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        Query query = Query.query(Criteria.where(ORGANISATION).in(organisations).and("enabled").is(true)
                .and("eventTypes").is(eventType));
        return mongo.find(query, WebhookEndpointDocument.class).stream().map(MongoWebhookEndpoints::toDomain).toList();
    }

    private static WebhookEndpointDocument toDocument(WebhookEndpoint endpoint, Long version) {
        return new WebhookEndpointDocument(endpoint.id(), endpoint.organisation().key(), endpoint.url(),
                endpoint.eventTypes(), endpoint.secrets().stream()
                        .map(s -> new WebhookEndpointDocument.SecretDocument(s.sealed(), s.createdAt(), s.expiresAt()))
                        .toList(),
                endpoint.enabled(), endpoint.disabledReason(), endpoint.failingSince(), endpoint.createdBy(),
                endpoint.createdAt(), version);
    }

    private static WebhookEndpoint toDomain(WebhookEndpointDocument document) {
        return new WebhookEndpoint(document.id(), tenant(document.organisation()), document.url(),
                document.eventTypes(), document.secrets().stream()
                        .map(s -> new EndpointSecret(s.sealed(), s.createdAt(), s.expiresAt())).toList(),
                document.enabled(), document.disabledReason(), document.failingSince(), document.createdBy(),
                document.createdAt(), document.version());
    }

    private static Tenant tenant(String key) {
        int colon = key.indexOf(':');
        return new Tenant(TenantType.valueOf(key.substring(0, colon).toUpperCase(Locale.ROOT)), key.substring(colon + 1));
    }
}
