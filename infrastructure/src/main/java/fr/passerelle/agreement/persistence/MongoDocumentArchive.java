package fr.passerelle.agreement.persistence;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import fr.passerelle.agreement.model.ArchivedDocument;
import fr.passerelle.agreement.port.out.DocumentArchive;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

/**
 * The archive in MongoDB. Files are not aggregates: no version, no events; putting a key again replaces its file
 * (an upsert by {@code _id}), which the port allows only before anything refers to the key.
 */
@Repository
class MongoDocumentArchive implements DocumentArchive {

    /** Spring Data's type hint: the collection holds one type, so it is noise. */
    private static final String TYPE_HINT = "_class";

    private final MongoOperations mongo;
    private final String collection;

    MongoDocumentArchive(MongoOperations mongo) {
        this.mongo = mongo;
        this.collection = mongo.getCollectionName(ArchivedFileDocument.class);
    }

    @Override
    public void put(ArchivedDocument document) {
        Document bson = new Document();
        mongo.getConverter().write(new ArchivedFileDocument(document.key(), document.contentType(),
                document.content(), document.sha256(), document.storedAt()), bson);
        bson.remove(TYPE_HINT);
        mongo.getCollection(collection).replaceOne(Filters.eq("_id", document.key()), bson,
                new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<ArchivedDocument> find(String key) {
        return Optional.ofNullable(mongo.findById(key, ArchivedFileDocument.class))
                .map(stored -> new ArchivedDocument(stored.key(), stored.contentType(), stored.content(),
                        stored.sha256(), stored.storedAt()));
    }
}
