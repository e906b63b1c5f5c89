package fr.passerelle.enrollment.port.in;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.Invoice;
import fr.passerelle.enrollment.model.LedgerEntry;
import fr.passerelle.enrollment.model.LedgerMethod;
import fr.passerelle.enrollment.model.PaymentAttempt;
import fr.passerelle.enrollment.model.PaymentInstalment;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An enrollment's payments: what the payer owes and paid, paying, and recording payments by hand. Finance and admins
 * work them; the learner sees and pays their own; admissions see the instalments' states and the balance, not the
 * entries nor the invoices; anyone else gets nothing (NOT_FOUND, like a missing enrollment).
 */
public interface PaymentUseCases {

    /**
     * @param entriesVisible whether the reader may see the ledger's entries and the invoices (finance, admins, the
     *                       learner); {@code invoices} is empty when not
     */
    record EnrollmentPayments(String enrollmentId, List<PaymentInstalment> instalments, Money balance,
                              Money fundersPaid, boolean entriesVisible, List<Invoice> invoices) {
    }

    /** The payments of the enrollments the actor may read, in one read each of the ledger and the invoices. */
    Map<String, EnrollmentPayments> payments(Actor actor, Collection<Enrollment> enrollments);

    /** A page of the ledger's entries, oldest first, for those who see them. */
    Page<LedgerEntry> entries(Actor actor, String enrollmentId, Paging paging);

    /**
     * @param method      {@link LedgerMethod#CARD} (the payer then authenticates on the provider's page) or
     *                    {@link LedgerMethod#SEPA} (a mandate; the instalment is debited once it is active)
     * @param instalment  the instalment to pay, the next unsettled one when null
     */
    record Start(LedgerMethod method, Integer instalment) {
    }

    PaymentAttempt start(Actor actor, String enrollmentId, Start command);

    /**
     * A payment received outside the provider.
     *
     * @param method    {@link LedgerMethod#TRANSFER} or {@link LedgerMethod#CHEQUE}
     * @param reference the bank's transfer reference or the cheque's number: recording it twice is refused
     */
    record Record(Money amount, LedgerMethod method, Integer instalment, String reference) {
    }

    LedgerEntry record(Actor actor, String enrollmentId, Record command);

    /** @param reference the funder's payment reference (its remittance advice): recording it twice is refused */
    record FunderRecord(Money amount, String reference) {
    }

    LedgerEntry recordFunder(Actor actor, String enrollmentId, FunderRecord command);
}
