package fr.passerelle.enrollment.persistence;

import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.LegalBasis;
import fr.passerelle.privacy.model.PersonalData;
import fr.passerelle.privacy.persistence.LegalHolds;
import fr.passerelle.privacy.persistence.PrivacyQueries;
import fr.passerelle.privacy.port.PersonalDataProvider;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The payer's money facts: the payment ledger and the invoices of a person's enrollments (the enrollments of their
 * account, learner profiles or CRM contacts, and the invoices addressed to those contacts), and the payments under way
 * at the provider. Ledger entries and invoices are
 * accounting records: <b>held</b> ten years after the last of them (Code de commerce, article L. 123-22), restricted,
 * never deleted nor rewritten (the invoices' numbers must stay contiguous). The accounts of payments under way hold
 * nothing but the provider's ids; they go on erasure. Runs before core's enrollments provider and the contacts', which
 * unlink or delete what the person's enrollments are found through ({@link PersonEnrollments}).
 */
@Component
@Order(PersonEnrollments.BEFORE_ENROLLMENTS)
class PaymentsPrivacy implements PersonalDataProvider {

    static final String LEDGER = "payment.ledger";
    static final String INVOICES = "payment.invoices";
    static final String ACCOUNTS = "payment.accounts";
    static final String HOLD_REASON = "privacy.hold.accounting";
    private static final int HOLD_YEARS = 10;
    private static final String LEDGER_COLLECTION = "paymentLedger";
    private static final String INVOICE_COLLECTION = "invoices";
    private static final String ACCOUNT_COLLECTION = "paymentAccounts";

    private final MongoOperations mongo;
    private final PersonEnrollments enrollments;
    private final LegalHolds holds;

    PaymentsPrivacy(MongoOperations mongo, PersonEnrollments enrollments, LegalHolds holds) {
        this.mongo = mongo;
        this.enrollments = enrollments;
        this.holds = holds;
    }

    @Override
    public String feature() {
        return "payment";
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(
                new PersonalData(LEDGER, LEDGER_COLLECTION, List.of("enrollmentId", "amount", "method", "reference",
                        "by"), "privacy.purpose.payments", LegalBasis.LEGAL_OBLIGATION, PersonalData.Erasure.HOLD),
                new PersonalData(INVOICES, INVOICE_COLLECTION, List.of("enrollmentId", "contactId", "amount"),
                        "privacy.purpose.payments", LegalBasis.LEGAL_OBLIGATION, PersonalData.Erasure.HOLD),
                new PersonalData(ACCOUNTS, ACCOUNT_COLLECTION, List.of("attempts"), "privacy.purpose.payments",
                        LegalBasis.CONTRACT, PersonalData.Erasure.DELETE));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        List<String> enrollments = enrollmentsOf(person);
        return Stream.of(
                PrivacyQueries.section(mongo, "payment-ledger", LEDGER_COLLECTION,
                        Criteria.where("enrollmentId").in(enrollments), List.of("enrollmentId", "kind", "amount",
                                "method", "instalment", "dueOn", "at")),
                PrivacyQueries.section(mongo, "payment-invoices", INVOICE_COLLECTION,
                        Criteria.where("enrollmentId").in(enrollments), List.of("enrollmentId", "year", "number",
                                "amount", "issuedOn", "vatExempt")))
                .flatMap(Optional::stream).toList();
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        List<String> enrollments = enrollmentsOf(person);
        List<ErasureOutcome.Hold> held = new ArrayList<>();
        hold(LEDGER_COLLECTION, LEDGER, "at", enrollments, now).ifPresent(held::add);
        hold(INVOICE_COLLECTION, INVOICES, "createdAt", enrollments, now).ifPresent(held::add);
        int deleted = enrollments.isEmpty() ? 0
                : PrivacyQueries.delete(mongo, ACCOUNT_COLLECTION, Criteria.where("_id").in(enrollments));
        return new ErasureOutcome(feature(), deleted, 0, held);
    }

    /** Nothing expires before the accounting hold, which outlives every retention policy of a person's data. */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        return PrivacyQueries.outcome(feature(), 0, 0);
    }

    /** The records are restricted until ten years after the latest of them. */
    private Optional<ErasureOutcome.Hold> hold(String collection, String dataClass, String dateField,
                                               List<String> enrollments, Instant now) {
        Query query = Query.query(Criteria.where("enrollmentId").in(enrollments))
                .with(Sort.by(Sort.Direction.DESC, dateField)).limit(PrivacyQueries.MAX_RECORDS);
        query.fields().include("_id", dateField);
        List<Document> records = enrollments.isEmpty() ? List.of() : mongo.find(query, Document.class, collection);
        if (records.isEmpty()) {
            return Optional.empty();
        }
        Instant until = records.get(0).getDate(dateField).toInstant().atOffset(ZoneOffset.UTC)
                .plusYears(HOLD_YEARS).toInstant();
        return Optional.of(holds.restrict(collection, records.stream().map(d -> d.getString("_id")).toList(),
                dataClass, HOLD_REASON, until, now));
    }

    private List<String> enrollmentsOf(DataSubject person) {
        Query invoicedTo = Query.query(Criteria.where("contactId").in(enrollments.contactsOf(person)))
                .limit(PrivacyQueries.MAX_RECORDS);
        invoicedTo.fields().include("enrollmentId");
        Stream<String> invoiced = mongo.find(invoicedTo, Document.class, INVOICE_COLLECTION).stream()
                .map(invoice -> invoice.getString("enrollmentId"));
        return Stream.concat(enrollments.of(person).stream().map(Object::toString), invoiced).distinct().toList();
    }
}
