package fr.passerelle.privacy.persistence;

import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.Pseudonyms;
import fr.passerelle.privacy.port.out.ErasedPeople;
import fr.passerelle.shared.model.EmailAddress;
import java.time.Instant;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The tombstone in {@code erased_people}: one document per key, its id the key's digest, so a lookup is by id. */
@Repository
class MongoErasedPeople implements ErasedPeople {

    private final MongoOperations mongo;

    MongoErasedPeople(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void remember(DataSubject person, Instant erasedAt) {
        if (person.subject() != null) {
            put(subjectKey(person.subject()), erasedAt);
        }
        person.learnerIds().forEach(id -> put(Pseudonyms.digest("learner:" + id), erasedAt));
        person.emails().forEach(address -> put(emailKey(address), erasedAt));
    }

    @Override
    public boolean erased(String subject) {
        return exists(subjectKey(subject));
    }

    @Override
    public boolean erased(EmailAddress address) {
        return exists(emailKey(address));
    }

    private void put(String key, Instant at) {
        mongo.upsert(Query.query(Criteria.where("_id").is(key)), new Update().setOnInsert("erasedAt", at),
                ErasedPersonDocument.class);
    }

    private boolean exists(String key) {
        return mongo.exists(Query.query(Criteria.where("_id").is(key)), ErasedPersonDocument.class);
    }

    private static String subjectKey(String subject) {
        return Pseudonyms.digest("subject:" + subject);
    }

    private static String emailKey(EmailAddress address) {
        return Pseudonyms.digest("email:" + address.value());
    }
}
