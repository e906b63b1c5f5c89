package fr.passerelle.shared.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes declared on every {@link Document} class ({@code @Indexed}, {@code @CompoundIndex}) at start-up,
 * before any request is served. Creating an existing index is a no-op, so restarts are cheap; a conflicting change
 * of an index fails start-up loudly instead of being ignored.
 */
@Component
class MongoIndexes implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(MongoIndexes.class);

    private final MongoOperations mongo;
    private final MongoMappingContext mappingContext;

    MongoIndexes(MongoOperations mongo, MongoMappingContext mappingContext) {
        this.mongo = mongo;
        this.mappingContext = mappingContext;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var resolver = new MongoPersistentEntityIndexResolver(mappingContext);
        for (MongoPersistentEntity<?> entity : mappingContext.getPersistentEntities()) {
            if (entity.isAnnotationPresent(Document.class)) {
                var indexOps = mongo.indexOps(entity.getType());
                resolver.resolveIndexFor(entity.getTypeInformation()).forEach(indexOps::createIndex);
                log.debug("Indexes ensured on {}", entity.getCollection());
            }
        }
    }
}
