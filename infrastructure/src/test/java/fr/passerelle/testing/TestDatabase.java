package fr.passerelle.testing;

import fr.passerelle.shared.persistence.EventDocument;
import fr.passerelle.shared.persistence.OutboxSource;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Direct access to the stored documents, for what the ports deliberately do not show (outboxes, raw fields). */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** Deletes every document of every collection, keeping the collections and their indexes. */
    public static void clear(MongoOperations mongo) {
        for (String collection : mongo.getCollectionNames()) {
            if (!collection.startsWith("system.")) {
                mongo.getCollection(collection).deleteMany(new Document());
            }
        }
    }

    /** The document as stored, or null. */
    public static Document raw(MongoOperations mongo, String collection, String id) {
        return mongo.getCollection(collection).find(new Document("_id", id)).first();
    }

    /** The events waiting in a document's outbox, oldest first; empty when it has none (or no document). */
    public static List<EventDocument> outbox(MongoOperations mongo, String collection, String id) {
        Document document = raw(mongo, collection, id);
        if (document == null || !document.containsKey(OutboxSource.OUTBOX)) {
            return List.of();
        }
        return document.getList(OutboxSource.OUTBOX, Document.class).stream()
                .map(stored -> mongo.getConverter().read(EventDocument.class, stored))
                .toList();
    }

    /** The outbox entries exactly as stored. */
    public static List<Document> rawOutbox(MongoOperations mongo, String collection, String id) {
        Document document = raw(mongo, collection, id);
        return document == null ? List.of() : document.getList(OutboxSource.OUTBOX, Document.class, List.of());
    }

    /** Appends stored outbox entries again: what a relay that crashed before pulling them leaves behind. */
    public static void putBackInOutbox(MongoOperations mongo, String collection, String id, List<Document> entries) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().push(OutboxSource.OUTBOX).each(entries.toArray()), collection);
    }
}
