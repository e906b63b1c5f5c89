package fr.passerelle.audit.persistence;

import fr.passerelle.audit.model.AuditEntry;
import fr.passerelle.audit.model.AuditFilter;
import fr.passerelle.audit.port.out.AuditTrail;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.persistence.KeysetPager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/**
 * Append-only: this adapter inserts and reads, and has no code path that updates or deletes an entry. The one change
 * an entry ever sees is an erased actor replaced by their pseudonym ({@link AuditTrailPrivacy}).
 */
@Repository
class MongoAuditTrail implements AuditTrail {

    private final MongoOperations mongo;
    private final AuditEntryDocumentMapper mapper;
    private final KeysetPager<AuditEntryDocument> pager;

    MongoAuditTrail(MongoOperations mongo, AuditEntryDocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
        this.pager = new KeysetPager<>(mongo, AuditEntryDocument.class, AuditEntryDocument::id);
    }

    @Override
    public void append(AuditEntry entry) {
        try {
            mongo.insert(mapper.toDocument(entry));
        } catch (DuplicateKeyException alreadyRecorded) {
            // The same event delivered again: its entry exists, unchanged, as it must stay.
        }
    }

    @Override
    public Page<AuditEntry> search(AuditFilter filter, Paging paging) {
        List<Criteria> where = new ArrayList<>();
        equal(where, "aggregateType", filter.aggregateType());
        equal(where, "aggregateId", filter.aggregateId());
        equal(where, "initiator.subject", filter.subject());
        equal(where, "action", filter.action());
        if (filter.organisation() != null) {
            where.add(new Criteria().orOperator(Criteria.where("initiator.organisation").is(filter.organisation()),
                    Criteria.where("initiator.onBehalfOf").is(filter.organisation())));
        }
        if (filter.from() != null) {
            where.add(Criteria.where("occurredAt").gte(filter.from()));
        }
        if (filter.to() != null) {
            where.add(Criteria.where("occurredAt").lt(filter.to()));
        }
        Criteria criteria = where.isEmpty() ? new Criteria() : new Criteria().andOperator(where);
        return pager.page(criteria, "occurredAt", false, paging, AuditEntryDocument::occurredAt).map(mapper::toDomain);
    }

    private static void equal(List<Criteria> where, String field, String value) {
        if (value != null) {
            where.add(Criteria.where(field).is(value));
        }
    }
}
