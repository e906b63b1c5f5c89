package fr.passerelle.shared.idempotency;

import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.LegalBasis;
import fr.passerelle.privacy.model.PersonalData;
import fr.passerelle.privacy.port.PersonalDataProvider;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The answers kept for retries may quote what a person wrote (a mutation's payload echoes its input). They live a
 * day; a person's erasure removes theirs at once, and their export lists the keys they used, not the answers (which
 * only repeat what the other providers export).
 */
@Component
class IdempotencyKeysPrivacy implements PersonalDataProvider {

    static final String DATA_CLASS = "platform.idempotent-answers";
    private static final String COLLECTION = "idempotencyKeys";

    private final MongoOperations mongo;

    IdempotencyKeysPrivacy(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public String feature() {
        return "idempotency";
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(new PersonalData(DATA_CLASS, COLLECTION, List.of("client", "body"),
                "privacy.purpose.idempotent-answers", LegalBasis.LEGITIMATE_INTEREST, PersonalData.Erasure.DELETE));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        if (person.subject() == null) {
            return List.of();
        }
        List<Map<String, String>> rows = mongo.find(ofClient(person.subject()), IdempotencyKeyDocument.class).stream()
                .map(key -> Map.of("key", key.key(), "status", String.valueOf(key.status()),
                        "keptUntil", key.expiresAt().toString()))
                .toList();
        return rows.isEmpty() ? List.of()
                : List.of(new ExportSection("idempotency-keys", List.of("key", "status", "keptUntil"), rows));
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        long deleted = person.subject() == null ? 0
                : mongo.remove(ofClient(person.subject()), IdempotencyKeyDocument.class).getDeletedCount();
        return new ErasureOutcome(feature(), (int) deleted, 0, List.of());
    }

    /** Keys go a day after their answer by themselves; a policy run removes those already past their time. */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        if (!DATA_CLASS.equals(dataClass)) {
            return new ErasureOutcome(feature(), 0, 0, List.of());
        }
        long deleted = mongo.remove(Query.query(Criteria.where("expiresAt").lte(triggeredBefore)),
                IdempotencyKeyDocument.class).getDeletedCount();
        return new ErasureOutcome(feature(), (int) deleted, 0, List.of());
    }

    private static Query ofClient(String subject) {
        return Query.query(Criteria.where("client").is("subject:" + subject));
    }
}
