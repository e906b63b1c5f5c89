package fr.passerelle.enrollment.model;

import fr.passerelle.shared.model.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An enrollment's ledger entries read together: its balance and the state of each instalment, always computed from
 * the entries (nothing is kept that could disagree with them). An enrollment has at most {@link #MAX_ENTRIES}
 * entries (13 charges at most, their payments, refunds and write-offs, funders' payments), so it is read whole.
 */
public record Ledger(List<LedgerEntry> entries) {

    public static final int MAX_ENTRIES = 200;
    private static final Currency EURO = Money.euros(0).currency();

    public Ledger {
        entries = entries.stream().sorted(Comparator.comparing(LedgerEntry::at).thenComparing(LedgerEntry::id))
                .toList();
    }

    public boolean full() {
        return entries.size() >= MAX_ENTRIES;
    }

    /**
     * What the payer still owes: charges − payments + refunds − write-offs. Funders' payments are for the funders'
     * lines, not the payer's part, so they do not move it (see {@link #fundersPaid()}). Negative when the payer paid
     * ahead of their charges.
     */
    public Money balance() {
        return sum(LedgerKind.CHARGE).minus(sum(LedgerKind.PAYMENT)).plus(sum(LedgerKind.REFUND))
                .minus(sum(LedgerKind.WRITE_OFF));
    }

    public Money fundersPaid() {
        return sum(LedgerKind.FUNDER_PAYMENT);
    }

    /** What the payer paid and was not given back. */
    public Money netPaid() {
        return sum(LedgerKind.PAYMENT).minus(sum(LedgerKind.REFUND));
    }

    public Money charged() {
        return sum(LedgerKind.CHARGE);
    }

    /** The payer's schedule on {@code today}, by number. */
    public List<PaymentInstalment> instalments(LocalDate today) {
        return entries.stream().filter(e -> e.kind() == LedgerKind.CHARGE)
                .sorted(Comparator.comparing(LedgerEntry::instalment))
                .map(charge -> instalment(charge, today)).toList();
    }

    /** The first instalment not yet settled, the one a payment goes to when none is named. */
    public Optional<PaymentInstalment> next(LocalDate today) {
        return instalments(today).stream().filter(i -> !i.settled()).findFirst();
    }

    public Optional<PaymentInstalment> instalment(int number, LocalDate today) {
        return instalments(today).stream().filter(i -> i.number() == number).findFirst();
    }

    public List<LedgerEntry> payments() {
        return entries.stream().filter(e -> e.kind() == LedgerKind.PAYMENT).toList();
    }

    /** What was already refunded of one payment (refunds name the payment's reference as theirs' prefix). */
    public Money refundedOf(LedgerEntry payment) {
        return total(e -> e.kind() == LedgerKind.REFUND && e.reference().startsWith(refundPrefix(payment)));
    }

    public static String refundPrefix(LedgerEntry payment) {
        return "refund:" + payment.reference() + ":";
    }

    private PaymentInstalment instalment(LedgerEntry charge, LocalDate today) {
        int number = charge.instalment();
        Money paid = total(e -> e.kind() == LedgerKind.PAYMENT && Integer.valueOf(number).equals(e.instalment()))
                .minus(total(e -> e.kind() == LedgerKind.REFUND && Integer.valueOf(number).equals(e.instalment())));
        Money writtenOff = total(e -> e.kind() == LedgerKind.WRITE_OFF
                && Integer.valueOf(number).equals(e.instalment()));
        PaymentInstalmentState state;
        if (!paid.isLessThan(charge.amount())) {
            state = PaymentInstalmentState.PAID;
        } else if (writtenOff.isPositive() && !paid.plus(writtenOff).isLessThan(charge.amount())) {
            state = PaymentInstalmentState.WRITTEN_OFF;
        } else if (charge.dueOn().isAfter(today)) {
            state = PaymentInstalmentState.UPCOMING;
        } else {
            state = charge.dueOn().isEqual(today) ? PaymentInstalmentState.DUE : PaymentInstalmentState.OVERDUE;
        }
        return new PaymentInstalment(number, charge.amount(), charge.dueOn(), paid, writtenOff, state);
    }

    private Money sum(LedgerKind kind) {
        return total(e -> e.kind() == kind);
    }

    private Money total(Predicate<LedgerEntry> which) {
        return entries.stream().filter(which).map(LedgerEntry::amount).reduce(Money.zero(EURO), Money::plus);
    }
}
