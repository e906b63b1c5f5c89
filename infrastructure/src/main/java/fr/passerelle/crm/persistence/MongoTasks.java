package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.Task;
import fr.passerelle.crm.port.out.Tasks;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

@Repository
class MongoTasks extends ContactRecordStore<Task, TaskDocument> implements Tasks {

    private static final String SCHOOL = "schoolId";
    private static final String DEAL = "dealId";
    private static final String DONE = "doneAt";
    private static final String DUE = "dueAt";
    private static final String OWNER = "ownerSubject";
    private static final String CONTACT = "contactId";
    private static final String NEXT = "next";

    private final MongoOperations mongo;

    MongoTasks(MongoOperations mongo, EventDocumentMapper events, CrmDocumentMapper mapper) {
        super(mongo, events, TaskDocument.class, "_id", mapper::toDomain, mapper::toDocument);
        this.mongo = mongo;
    }

    /** One aggregation for any number of deals: their open tasks by due time, the first of each deal kept. */
    @Override
    public Map<String, Task> nextOpenByDeal(Collection<String> dealIds) {
        Map<String, Task> next = new HashMap<>();
        if (dealIds.isEmpty()) {
            return next;
        }
        Aggregation first = Aggregation.newAggregation(
                Aggregation.match(Criteria.where(DEAL).in(dealIds).and(DONE).is(null)),
                Aggregation.project().andExclude(OUTBOX),
                Aggregation.sort(Sort.by(DUE, "_id")),
                Aggregation.group(DEAL).first(Aggregation.ROOT).as(NEXT));
        for (Document group : mongo.aggregate(first, collectionName(), Document.class)) {
            next.put(group.getString("_id"), read(group.get(NEXT, Document.class)));
        }
        return next;
    }

    @Override
    public Page<Task> pageOpenOfOwner(String ownerSubject, Collection<String> schoolIds, Instant from, Instant to,
                                      Paging paging) {
        Criteria open = Criteria.where(OWNER).is(ownerSubject).and(DONE).is(null).and(SCHOOL).in(schoolIds);
        if (from != null && to != null) {
            open = open.and(DUE).gte(from).lt(to);
        } else if (from != null) {
            open = open.and(DUE).gte(from);
        } else if (to != null) {
            open = open.and(DUE).lt(to);
        }
        return page(open, DUE, true, paging, TaskDocument::dueAt);
    }

}
