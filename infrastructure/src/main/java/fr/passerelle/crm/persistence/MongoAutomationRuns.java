package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.AutomationRun;
import fr.passerelle.crm.port.out.AutomationRuns;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.persistence.KeysetPager;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/** The run log: inserted once per run (the id is the event and the rule), listed per rule by keyset. */
@Repository
class MongoAutomationRuns implements AutomationRuns {

    private final MongoOperations mongo;
    private final KeysetPager<AutomationRunDocument> pager;

    MongoAutomationRuns(MongoOperations mongo) {
        this.mongo = mongo;
        this.pager = new KeysetPager<>(mongo, AutomationRunDocument.class, AutomationRunDocument::id);
    }

    @Override
    public boolean record(AutomationRun run) {
        try {
            mongo.insert(toDocument(run));
            return true;
        } catch (DuplicateKeyException alreadyRecorded) {
            return false;
        }
    }

    @Override
    public Optional<AutomationRun> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, AutomationRunDocument.class)).map(MongoAutomationRuns::toDomain);
    }

    @Override
    public Page<AutomationRun> ofRule(String ruleId, Paging paging) {
        return pager.page(Criteria.where("ruleId").is(ruleId), "ranAt", false, paging, AutomationRunDocument::ranAt)
                .map(MongoAutomationRuns::toDomain);
    }

    private static AutomationRunDocument toDocument(AutomationRun run) {
        return new AutomationRunDocument(run.id(), run.schoolId(), run.ruleId(), run.eventId(), run.trigger(),
                run.outcome(), run.reason(), run.error(), run.effects(), run.ranAt());
    }

    private static AutomationRun toDomain(AutomationRunDocument d) {
        return new AutomationRun(d.id(), d.schoolId(), d.ruleId(), d.eventId(), d.trigger(), d.outcome(), d.reason(),
                d.error(), d.effects() == null ? List.of() : d.effects(), d.ranAt());
    }
}
