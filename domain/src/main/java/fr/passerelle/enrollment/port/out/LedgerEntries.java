package fr.passerelle.enrollment.port.out;

import fr.passerelle.enrollment.model.LedgerEntry;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.AggregateStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The payment ledger: entries are inserted, never updated nor deleted. {@link #insert} refuses a second entry with the
 * same {@link LedgerEntry#reference()} ({@link fr.passerelle.shared.error.DuplicateKeyException}).
 */
public interface LedgerEntries extends AggregateStore<LedgerEntry> {

    /** The enrollment's entries, at most {@code limit}. */
    List<LedgerEntry> ofEnrollment(String enrollmentId, int limit);

    /** Each enrollment's entries, at most {@code limit} each, in one read. */
    Map<String, List<LedgerEntry>> ofEnrollments(Collection<String> enrollmentIds, int limit);

    /** A page of the enrollment's entries, oldest first. */
    Page<LedgerEntry> page(String enrollmentId, Paging paging);
}
