package fr.passerelle.enrollment.persistence;

import fr.passerelle.shared.persistence.MoneyDocument;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An issued invoice. The unique index on (school, year, number) is what allocates numbers without gaps; the one on
 * the payment entry keeps one invoice per payment. The buyer is the CRM contact's id, printed from the contact.
 */
@Document("invoices")
@CompoundIndexes({
        @CompoundIndex(name = "number_per_school_year", def = "{'schoolId': 1, 'year': 1, 'number': 1}",
                unique = true),
        @CompoundIndex(name = "by_enrollment", def = "{'enrollmentId': 1, 'issuedOn': 1, '_id': 1}")})
record InvoiceDocument(@Id String id, String schoolId, String enrollmentId, String contactId, int year, int number,
                       @Indexed(unique = true) String paymentEntry, MoneyDocument amount, LocalDate issuedOn,
                       boolean vatExempt, Instant createdAt, long version) implements StoredDocument {
}
