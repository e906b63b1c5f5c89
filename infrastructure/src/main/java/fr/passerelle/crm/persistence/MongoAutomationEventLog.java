package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.AutomationEvent;
import fr.passerelle.crm.port.out.AutomationEventLog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoAutomationEventLog implements AutomationEventLog {

    private static final String OCCURRED_AT = "occurredAt";

    private final MongoOperations mongo;

    MongoAutomationEventLog(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void record(AutomationEvent event) {
        try {
            mongo.insert(new AutomationEventDocument(event.id(), event.schoolId(), event.trigger(),
                    event.aggregateType(), event.aggregateId(), event.occurredAt(), event.attributes()));
        } catch (DuplicateKeyException alreadyKept) {
            // Delivered again, or kept by the other subscriber: it is there, which is all we wanted.
        }
    }

    @Override
    public Optional<AutomationEvent> findById(String eventId) {
        return Optional.ofNullable(mongo.findById(eventId, AutomationEventDocument.class))
                .map(MongoAutomationEventLog::toDomain);
    }

    @Override
    public List<AutomationEvent> recent(String schoolId, Instant since, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Query query = Query.query(Criteria.where("schoolId").is(schoolId).and(OCCURRED_AT).gte(since))
                .with(Sort.by(Sort.Direction.DESC, OCCURRED_AT, "_id")).limit(limit);
        return mongo.find(query, AutomationEventDocument.class).stream().map(MongoAutomationEventLog::toDomain)
                .toList();
    }

    @Override
    public long forgetBefore(Instant before) {
        return mongo.remove(Query.query(Criteria.where(OCCURRED_AT).lt(before)), AutomationEventDocument.class)
                .getDeletedCount();
    }

    private static AutomationEvent toDomain(AutomationEventDocument d) {
        return new AutomationEvent(d.id(), d.schoolId(), d.trigger(), d.aggregateType(), d.aggregateId(),
                d.occurredAt(), d.attributes() == null ? Map.of() : d.attributes());
    }
}
