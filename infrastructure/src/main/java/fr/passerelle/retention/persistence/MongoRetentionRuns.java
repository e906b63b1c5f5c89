package fr.passerelle.retention.persistence;

import fr.passerelle.retention.model.RetentionRun;
import fr.passerelle.retention.port.out.RetentionRuns;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.persistence.KeysetPager;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

@Repository
class MongoRetentionRuns implements RetentionRuns {

    static final String COLLECTION = "retention_runs";

    private final MongoOperations mongo;
    private final KeysetPager<RetentionRunDocument> pager;

    MongoRetentionRuns(MongoOperations mongo) {
        this.mongo = mongo;
        this.pager = new KeysetPager<>(mongo, RetentionRunDocument.class, RetentionRunDocument::id);
    }

    @Override
    public void record(RetentionRun run) {
        try {
            mongo.insert(toDocument(run));
        } catch (DuplicateKeyException reported) {
            // A run retried after a crash: its first report stands.
        }
    }

    @Override
    public Page<RetentionRun> newestFirst(Paging paging) {
        return pager.page(new Criteria(), "startedAt", false, paging, RetentionRunDocument::startedAt)
                .map(MongoRetentionRuns::toDomain);
    }

    private static RetentionRunDocument toDocument(RetentionRun run) {
        return new RetentionRunDocument(run.id(), run.startedAt(), run.finishedAt(), run.steps().stream()
                .map(step -> new RetentionRunDocument.Step(step.dataClass(), step.feature(), step.expiredBefore(),
                        step.deleted(), step.pseudonymised(), step.failure())).toList());
    }

    private static RetentionRun toDomain(RetentionRunDocument document) {
        return new RetentionRun(document.id(), document.startedAt(), document.finishedAt(), document.steps().stream()
                .map(step -> new RetentionRun.Step(step.dataClass(), step.feature(), step.expiredBefore(),
                        step.deleted(), step.pseudonymised(), step.failure())).toList());
    }
}
