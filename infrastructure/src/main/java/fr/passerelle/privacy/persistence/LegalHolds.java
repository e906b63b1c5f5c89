package fr.passerelle.privacy.persistence;

import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.port.out.RestrictedRecords;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Records a legal hold kept after an erasure asked for them to go (GDPR art. 18(1)(b) and 17(3)(b)): the record stays
 * as the law requires, marked restricted, so that read paths show it only to those who must keep it. The marks name
 * records, not people, and are kept beside the data rather than inside the aggregates, whose writers would overwrite
 * a field they do not know.
 */
@Component
public class LegalHolds implements RestrictedRecords {

    private final MongoOperations mongo;

    LegalHolds(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Marks the records as restricted (idempotent) and reports them as one hold. */
    public ErasureOutcome.Hold restrict(String collection, List<String> ids, String dataClass, String reason,
                                        Instant until, Instant now) {
        for (String id : ids) {
            mongo.upsert(Query.query(Criteria.where("_id").is(key(collection, id))),
                    new Update().setOnInsert("restrictedAt", now).set("collection", collection).set("record", id)
                            .set("dataClass", dataClass).set("reason", reason).max("until", until),
                    LegalHoldDocument.class);
        }
        return new ErasureOutcome.Hold(dataClass, ids.size(), reason, until);
    }

    /** One query by the marks' keys, whatever the number of records a page shows. */
    @Override
    public Set<String> restrictedAmong(String collection, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Query marks = Query.query(Criteria.where("_id").in(ids.stream().map(id -> key(collection, id)).toList()));
        marks.fields().include("record");
        return mongo.find(marks, LegalHoldDocument.class).stream().map(LegalHoldDocument::record)
                .collect(Collectors.toSet());
    }

    private static String key(String collection, String id) {
        return collection + "/" + id;
    }
}
