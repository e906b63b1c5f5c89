package fr.passerelle.shared.idempotency;

import fr.passerelle.shared.model.IdempotencyRecord;
import fr.passerelle.shared.model.IdempotentAnswer;
import fr.passerelle.shared.port.IdempotencyRecords;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoIdempotencyRecords implements IdempotencyRecords {

    private static final String ID = "_id";
    private static final String FINGERPRINT = "fingerprint";
    private static final String STATUS = "status";
    private static final String EXPIRES_AT = "expiresAt";
    /** Sweeping is housekeeping for the embedded server: once every this many claims is plenty. */
    private static final int CLAIMS_PER_SWEEP = 1_000;

    private final MongoOperations mongo;
    private final AtomicLong claims = new AtomicLong();

    MongoIdempotencyRecords(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * One upsert that only matches an expired record: it replaces that one, creates the record when there is none,
     * and collides on the id when a living record holds the key — which is then read and returned.
     */
    @Override
    public Optional<IdempotencyRecord> claim(IdempotencyRecord pending, Instant now) {
        sweepNowAndThen(now);
        String id = id(pending.client(), pending.key());
        Query expired = Query.query(Criteria.where(ID).is(id).and(EXPIRES_AT).lte(now));
        Update take = new Update().set("client", pending.client()).set("key", pending.key())
                .set(FINGERPRINT, pending.fingerprint()).unset(STATUS).unset("contentType").unset("body")
                .set(EXPIRES_AT, pending.expiresAt());
        try {
            mongo.findAndModify(expired, take, FindAndModifyOptions.options().upsert(true),
                    IdempotencyKeyDocument.class);
            return Optional.empty();
        } catch (DuplicateKeyException held) {
            IdempotencyKeyDocument living = mongo.findById(id, IdempotencyKeyDocument.class);
            if (living == null || !living.expiresAt().isAfter(now)) {
                // It expired or went between the two commands: the key is free again, so try once more.
                return claim(pending, now);
            }
            return Optional.of(toDomain(living));
        }
    }

    @Override
    public void answer(String client, String key, String fingerprint, IdempotentAnswer answer, Instant expiresAt) {
        mongo.updateFirst(heldBy(client, key, fingerprint), new Update().set(STATUS, answer.status())
                .set("contentType", answer.contentType()).set("body", answer.body()).set(EXPIRES_AT, expiresAt),
                IdempotencyKeyDocument.class);
    }

    @Override
    public void release(String client, String key, String fingerprint) {
        mongo.remove(heldBy(client, key, fingerprint).addCriteria(Criteria.where(STATUS).exists(false)),
                IdempotencyKeyDocument.class);
    }

    private static Query heldBy(String client, String key, String fingerprint) {
        return Query.query(Criteria.where(ID).is(id(client, key)).and(FINGERPRINT).is(fingerprint));
    }

    private void sweepNowAndThen(Instant now) {
        if (claims.incrementAndGet() % CLAIMS_PER_SWEEP == 0) {
            mongo.remove(Query.query(Criteria.where(EXPIRES_AT).lte(now)), IdempotencyKeyDocument.class);
        }
    }

    /** Client and key joined by a character neither may hold (keys are visible ASCII, clients our own prefixes). */
    private static String id(String client, String key) {
        return client + "\n" + key;
    }

    private static IdempotencyRecord toDomain(IdempotencyKeyDocument document) {
        IdempotentAnswer answer = document.status() == null ? null
                : new IdempotentAnswer(document.status(), document.contentType(),
                        document.body() == null ? new byte[0] : document.body());
        return new IdempotencyRecord(document.client(), document.key(), document.fingerprint(), answer,
                document.expiresAt());
    }
}
