package fr.passerelle.crm.persistence;

import fr.passerelle.crm.port.out.ContactFiles;
import java.time.Clock;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Contact documents' bytes in MongoDB, one document per file. */
@Repository
class MongoContactFiles implements ContactFiles {

    private final MongoOperations mongo;
    private final Clock clock;

    MongoContactFiles(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void put(String documentId, byte[] content) {
        mongo.save(new ContactFileDocument(documentId, content, clock.instant()));
    }

    @Override
    public Optional<byte[]> find(String documentId) {
        return Optional.ofNullable(mongo.findById(documentId, ContactFileDocument.class))
                .map(ContactFileDocument::content);
    }

    @Override
    public void delete(String documentId) {
        mongo.remove(Query.query(Criteria.where("_id").is(documentId)), ContactFileDocument.class);
    }
}
