package fr.passerelle.retention.persistence;

import fr.passerelle.retention.model.RetentionPolicy;
import fr.passerelle.retention.port.out.RetentionPolicies;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoRetentionPolicies implements RetentionPolicies {

    static final String COLLECTION = "retention_policies";
    /** Far more than the data classes that exist: a bound, not a page. */
    private static final int MAX_POLICIES = 500;

    private final MongoOperations mongo;

    MongoRetentionPolicies(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<RetentionPolicy> all() {
        return mongo.find(new Query().with(Sort.by("_id")).limit(MAX_POLICIES), RetentionPolicyDocument.class)
                .stream().map(MongoRetentionPolicies::toDomain).toList();
    }

    @Override
    public Optional<RetentionPolicy> find(String dataClass) {
        return Optional.ofNullable(mongo.findById(dataClass, RetentionPolicyDocument.class))
                .map(MongoRetentionPolicies::toDomain);
    }

    @Override
    public void seed(RetentionPolicy policy) {
        try {
            mongo.insert(toDocument(policy));
        } catch (DuplicateKeyException kept) {
            // Seeded before, perhaps changed since by an administrator: theirs stays.
        }
    }

    /** A whole-document replace conditional on the previous version: one atomic write, or none. */
    @Override
    public boolean update(RetentionPolicy policy) {
        Query previous = Query.query(Criteria.where("_id").is(policy.dataClass()).and("version")
                .is(policy.version() - 1));
        return mongo.findAndReplace(previous, toDocument(policy)) != null;
    }

    private static RetentionPolicyDocument toDocument(RetentionPolicy policy) {
        return new RetentionPolicyDocument(policy.dataClass(), policy.trigger(), policy.activeMonths(),
                policy.archiveMonths(), policy.basis(), policy.version(), policy.updatedAt());
    }

    private static RetentionPolicy toDomain(RetentionPolicyDocument document) {
        return new RetentionPolicy(document.dataClass(), document.trigger(), document.activeMonths(),
                document.archiveMonths(), document.basis(), document.version(), document.updatedAt());
    }
}
