package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.AutomationRule;
import fr.passerelle.crm.model.AutomationTrigger;
import fr.passerelle.crm.port.out.AutomationRules;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoAutomationRules extends DocumentStore<AutomationRule, AutomationRuleDocument> implements AutomationRules {

    private static final String SCHOOL = "schoolId";
    private static final String DELETED = "deleted";
    private static final String TRIGGER = "trigger";
    private static final String ENABLED = "enabled";

    private final MongoOperations mongo;

    MongoAutomationRules(MongoOperations mongo, EventDocumentMapper events, AutomationRuleDocumentMapper mapper) {
        super(mongo, events, AutomationRuleDocument.class, "_id", mapper::toDomain, mapper::toDocument);
        this.mongo = mongo;
    }

    @Override
    public List<AutomationRule> findBySchool(String schoolId, int limit) {
        return find(Query.query(live(schoolId)).with(Sort.by("createdAt", "_id")), limit);
    }

    @Override
    public long countBySchool(String schoolId) {
        return mongo.count(Query.query(live(schoolId)), AutomationRuleDocument.class);
    }

    @Override
    public List<AutomationRule> findEnabled(String schoolId, AutomationTrigger trigger) {
        return find(Query.query(enabled(schoolId, trigger)).with(Sort.by("createdAt", "_id")));
    }

    @Override
    public boolean hasEnabled(String schoolId, AutomationTrigger trigger) {
        return mongo.exists(Query.query(enabled(schoolId, trigger)), AutomationRuleDocument.class);
    }

    @Override
    public void noteSkip(String ruleId, AutomationRule.LoopSkip skip) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ruleId)), new Update().set("lastSkip",
                new AutomationRuleDocument.Skip(skip.eventId(), skip.reason(), skip.at())),
                AutomationRuleDocument.class);
    }

    private static Criteria live(String schoolId) {
        return Criteria.where(SCHOOL).is(schoolId).and(DELETED).is(false);
    }

    private static Criteria enabled(String schoolId, AutomationTrigger trigger) {
        return live(schoolId).and(TRIGGER).is(trigger).and(ENABLED).is(true);
    }
}
