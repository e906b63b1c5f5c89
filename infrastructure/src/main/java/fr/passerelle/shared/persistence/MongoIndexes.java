package fr.passerelle.shared.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes declared on every {@link Document} class ({@code @Indexed}, {@code @CompoundIndex}) at start-up,
 * before any request is served. Creating an existing index is a no-op, so restarts are cheap; a conflicting change
 * of an index fails start-up loudly instead of being ignored. Every outbox also gets a sparse index on its events'
 * ids, so the relay's frequent "which documents have pending events" query reads only those.
 * <p>
 * Creating never removes: an index renamed on its document would stay in existing databases under its old name,
 * doubling the writes and still winning some plans. The old names are listed in {@link #LEGACY} and dropped when
 * present.
 */
@Component
class MongoIndexes implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(MongoIndexes.class);

    /**
     * Indexes renamed since, by collection: the audit trail's and the notifications' indexes gained {@code _id} as
     * their last key (keyset pages sorted on it) and {@code _order} in their name. Keep an entry until every database
     * has started once with it.
     */
    static final Map<String, List<String>> LEGACY = Map.of(
            "audit_trail", List.of("by_subject", "by_organisation", "by_on_behalf_of", "by_action"),
            "notifications", List.of("unread"));

    private final MongoOperations mongo;
    private final MongoMappingContext mappingContext;
    private final List<OutboxSource> outboxes;

    MongoIndexes(MongoOperations mongo, MongoMappingContext mappingContext, List<OutboxSource> outboxes) {
        this.mongo = mongo;
        this.mappingContext = mappingContext;
        this.outboxes = outboxes;
    }

    @Override
    public void afterSingletonsInstantiated() {
        LEGACY.forEach(this::dropIfPresent);
        var resolver = new MongoPersistentEntityIndexResolver(mappingContext);
        for (MongoPersistentEntity<?> entity : mappingContext.getPersistentEntities()) {
            if (entity.isAnnotationPresent(Document.class)) {
                var indexOps = mongo.indexOps(entity.getType());
                resolver.resolveIndexFor(entity.getTypeInformation()).forEach(indexOps::createIndex);
                log.debug("Indexes ensured on {}", entity.getCollection());
            }
        }
        for (OutboxSource source : outboxes) {
            mongo.indexOps(source.collectionName()).createIndex(
                    new Index(OutboxSource.PENDING, Sort.Direction.ASC).sparse().named("pending_events"));
        }
    }

    private void dropIfPresent(String collection, List<String> names) {
        var indexOps = mongo.indexOps(collection);
        indexOps.getIndexInfo().stream().map(IndexInfo::getName).filter(names::contains).forEach(name -> {
            indexOps.dropIndex(name);
            log.info("Legacy index {} dropped from {}", name, collection);
        });
    }
}
