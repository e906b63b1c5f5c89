package fr.passerelle.enrollment.persistence;

import fr.passerelle.enrollment.model.Invoice;
import fr.passerelle.enrollment.port.out.Invoices;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoInvoices extends DocumentStore<Invoice, InvoiceDocument> implements Invoices {

    private static final String NUMBER = "number";

    private final MongoOperations mongo;

    MongoInvoices(MongoOperations mongo, EventDocumentMapper events, PaymentDocumentMapper mapper) {
        super(mongo, events, InvoiceDocument.class, NUMBER, mapper::toDomain, mapper::toDocument);
        this.mongo = mongo;
    }

    /** The highest number through the unique index's own order: one index read. */
    @Override
    public int lastNumber(String schoolId, int year) {
        InvoiceDocument last = mongo.findOne(Query.query(Criteria.where("schoolId").is(schoolId).and("year").is(year))
                .with(Sort.by(Sort.Direction.DESC, NUMBER)).limit(1), InvoiceDocument.class);
        return last == null ? 0 : last.number();
    }

    @Override
    public Optional<Invoice> findByPaymentEntry(String paymentEntryId) {
        return findOne(Query.query(Criteria.where("paymentEntry").is(paymentEntryId)));
    }

    @Override
    public Map<String, List<Invoice>> ofEnrollments(Collection<String> enrollmentIds, int limit) {
        if (enrollmentIds.isEmpty()) {
            return Map.of();
        }
        return find(Query.query(Criteria.where("enrollmentId").in(enrollmentIds))
                .with(Sort.by("issuedOn", "_id")), limit * enrollmentIds.size()).stream()
                .collect(Collectors.groupingBy(Invoice::enrollmentId));
    }
}
