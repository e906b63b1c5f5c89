package fr.passerelle.enrollment.port.out;

import fr.passerelle.enrollment.model.Invoice;
import fr.passerelle.shared.port.AggregateStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invoices, never updated. Unique indexes make {@link #insert} refuse ({@link
 * fr.passerelle.shared.error.DuplicateKeyException}) a number already taken in the organisation's year, and a second
 * invoice for one payment entry.
 */
public interface Invoices extends AggregateStore<Invoice> {

    /** The highest number issued in the organisation's year, 0 before the first. */
    int lastNumber(String schoolId, int year);

    Optional<Invoice> findByPaymentEntry(String paymentEntryId);

    /** Each enrollment's invoices, at most {@code limit} each, in one read. */
    Map<String, List<Invoice>> ofEnrollments(Collection<String> enrollmentIds, int limit);
}
