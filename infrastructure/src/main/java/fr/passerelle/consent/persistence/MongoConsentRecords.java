package fr.passerelle.consent.persistence;

import fr.passerelle.consent.model.ConsentDecision;
import fr.passerelle.consent.model.ConsentPurpose;
import fr.passerelle.consent.model.ConsentRecord;
import fr.passerelle.consent.port.out.ConsentRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The ledger in {@code consent_ledger}: inserts only, plus erasure's pseudonymisation and retention's deletion. */
@Repository
class MongoConsentRecords implements ConsentRecords {

    static final String COLLECTION = "consent_ledger";
    private static final String SUBJECT = "subject";
    private static final String RECORDED_BY = "recordedBy";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id"));

    private final MongoOperations mongo;

    MongoConsentRecords(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void append(ConsentRecord record) {
        try {
            mongo.insert(toDocument(record));
        } catch (DuplicateKeyException alreadyThere) {
            // The same entry appended again by a retry: it is there, as asked.
        }
    }

    /** One indexed read per purpose (five): constant whatever the length of the person's ledger. */
    @Override
    public List<ConsentRecord> latestPerPurpose(String subject) {
        return Arrays.stream(ConsentPurpose.values()).map(purpose -> latest(subject, purpose))
                .filter(Objects::nonNull).toList();
    }

    @Override
    public ConsentRecord latest(String subject, ConsentPurpose purpose) {
        Query query = Query.query(Criteria.where(SUBJECT).is(subject).and("purpose").is(purpose)).with(NEWEST_FIRST);
        ConsentRecordDocument found = mongo.findOne(query, ConsentRecordDocument.class);
        return found == null ? null : toDomain(found);
    }

    /**
     * Reads entries in subject order (the ledger's index) from after the last subject seen, keeping each subject
     * once; every read moves past at least one person, so the loop ends.
     */
    /** One aggregation: each subject's newest entry for the purpose, kept when it grants. */
    @Override
    public Set<String> granting(ConsentPurpose purpose, Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return Set.of();
        }
        Aggregation latest = Aggregation.newAggregation(
                Aggregation.match(Criteria.where(SUBJECT).in(subjects).and("purpose").is(purpose)),
                Aggregation.sort(Sort.by(Sort.Order.asc(SUBJECT), Sort.Order.desc("at"), Sort.Order.desc("_id"))),
                Aggregation.group(SUBJECT).first("decision").as("decision"));
        Set<String> granting = new HashSet<>();
        for (Document row : mongo.aggregate(latest, COLLECTION, Document.class)) {
            if (ConsentDecision.GRANTED.name().equals(row.getString("decision"))) {
                granting.add(row.getString("_id"));
            }
        }
        return granting;
    }

    @Override
    public List<String> decidedOn(ConsentPurpose purpose, String afterSubject, int limit) {
        List<String> subjects = new ArrayList<>();
        String after = afterSubject;
        while (subjects.size() < limit) {
            Criteria next = Criteria.where("purpose").is(purpose);
            if (after != null) {
                next = next.and(SUBJECT).gt(after);
            }
            Query query = Query.query(next).with(Sort.by(SUBJECT)).limit(limit);
            query.fields().include(SUBJECT);
            List<String> found = mongo.find(query, SubjectOnly.class, COLLECTION).stream()
                    .map(SubjectOnly::subject).distinct().toList();
            if (found.isEmpty()) {
                break;
            }
            found.stream().limit(limit - subjects.size()).forEach(subjects::add);
            after = found.get(found.size() - 1);
        }
        return subjects;
    }

    /** The one field an audience read needs. */
    private record SubjectOnly(String subject) {
    }

    @Override
    public List<ConsentRecord> history(String subject, int limit) {
        return mongo.find(Query.query(Criteria.where(SUBJECT).is(subject)).with(NEWEST_FIRST).limit(limit),
                ConsentRecordDocument.class).stream().map(MongoConsentRecords::toDomain).toList();
    }

    /** Two multi-updates, each idempotent: a crash between them is finished by the erasure's retry. */
    @Override
    public int pseudonymise(String subject, String pseudonym) {
        mongo.updateMulti(Query.query(Criteria.where(RECORDED_BY).is(subject)), new Update().set(RECORDED_BY, pseudonym),
                ConsentRecordDocument.class);
        return (int) mongo.updateMulti(Query.query(Criteria.where(SUBJECT).is(subject)),
                new Update().set(SUBJECT, pseudonym), ConsentRecordDocument.class).getModifiedCount();
    }

    @Override
    public int deletePseudonymisedBefore(String pseudonymPrefix, Instant before) {
        Criteria erased = Criteria.where(SUBJECT).regex("^" + Pattern.quote(pseudonymPrefix)).and("at").lt(before);
        return (int) mongo.remove(Query.query(erased), ConsentRecordDocument.class).getDeletedCount();
    }

    private static ConsentRecordDocument toDocument(ConsentRecord record) {
        return new ConsentRecordDocument(record.id(), record.subject(), record.purpose(), record.decision(),
                record.source(), record.wordingVersion(), record.recordedBy(), record.at());
    }

    private static ConsentRecord toDomain(ConsentRecordDocument document) {
        return new ConsentRecord(document.id(), document.subject(), document.purpose(), document.decision(),
                document.source(), document.wordingVersion(), document.recordedBy(), document.at());
    }
}
