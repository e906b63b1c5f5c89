package fr.passerelle.enrollment.persistence;

import fr.passerelle.enrollment.model.LedgerEntry;
import fr.passerelle.enrollment.port.out.LedgerEntries;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The ledger: {@link #update} is never called by the domain (entries are immutable). */
@Repository
class MongoLedgerEntries extends DocumentStore<LedgerEntry, LedgerEntryDocument> implements LedgerEntries {

    private static final String ENROLLMENT = "enrollmentId";
    private static final String AT = "at";

    MongoLedgerEntries(MongoOperations mongo, EventDocumentMapper events, PaymentDocumentMapper mapper) {
        super(mongo, events, LedgerEntryDocument.class, "reference", mapper::toDomain, mapper::toDocument);
    }

    @Override
    public List<LedgerEntry> ofEnrollment(String enrollmentId, int limit) {
        return find(Query.query(Criteria.where(ENROLLMENT).is(enrollmentId)).with(Sort.by(AT, "_id")), limit);
    }

    /** One query for all: each enrollment's entries are bounded by the ledger's own limit. */
    @Override
    public Map<String, List<LedgerEntry>> ofEnrollments(Collection<String> enrollmentIds, int limit) {
        if (enrollmentIds.isEmpty()) {
            return Map.of();
        }
        return find(Query.query(Criteria.where(ENROLLMENT).in(enrollmentIds)).with(Sort.by(AT, "_id")),
                limit * enrollmentIds.size()).stream()
                .collect(Collectors.groupingBy(LedgerEntry::enrollmentId));
    }

    @Override
    public Page<LedgerEntry> page(String enrollmentId, Paging paging) {
        return page(Criteria.where(ENROLLMENT).is(enrollmentId), AT, true, paging, LedgerEntryDocument::at);
    }
}
