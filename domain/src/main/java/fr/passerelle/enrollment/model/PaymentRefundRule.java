package fr.passerelle.enrollment.model;

import fr.passerelle.shared.model.Money;

/**
 * What the organisation gives back when a training ends early, on the payer's part:
 * <ul>
 *   <li>cancelled before the training (withdrawal, or before the start): nothing was delivered, so every payment is
 *       refunded in full and every unpaid charge written off;</li>
 *   <li>abandoned during the training: the contract's rule, article L. 6354-1 of the Code du travail — the payer owes
 *       the training delivered, pro rata of the session's dated half-days up to the abandonment day, rounded down to
 *       the cent in the payer's favour. What they paid above it is refunded; what is charged above what they owe and
 *       they did not pay, or got back, is written off. For force majeure the law requires exactly this; otherwise it
 *       allows keeping what was delivered, and the contracts Passerelle generates keep no more (no withdrawal
 *       penalty), so both apply the same rule.</li>
 * </ul>
 */
public final class PaymentRefundRule {

    /**
     * @param refund   given back to the payer
     * @param writeOff the charges the payer no longer owes, refunded ones included: after both, the ledger's balance is
     *                 what the payer still owes for the training delivered
     */
    public record Outcome(Money refund, Money writeOff) {
    }

    private PaymentRefundRule() {
    }

    public static Outcome cancelled(Money charged, Money netPaid) {
        return settle(Money.zero(charged.currency()), charged, netPaid);
    }

    /**
     * @param deliveredHalfDays the session's half-days on or before the abandonment day
     * @param totalHalfDays     all its half-days (a session without any is taken as delivered)
     */
    public static Outcome abandoned(Money charged, Money netPaid, int deliveredHalfDays, int totalHalfDays) {
        if (deliveredHalfDays < 0 || deliveredHalfDays > totalHalfDays) {
            throw new IllegalArgumentException("delivered half-days out of the session's");
        }
        Money owed = totalHalfDays == 0 ? charged : new Money(
                Math.floorDiv(charged.amountInMinorUnits() * deliveredHalfDays, totalHalfDays), charged.currency());
        return settle(owed, charged, netPaid);
    }

    private static Outcome settle(Money owed, Money charged, Money netPaid) {
        Money zero = Money.zero(charged.currency());
        Money refund = netPaid.isGreaterThan(owed) ? netPaid.minus(owed) : zero;
        Money kept = netPaid.isGreaterThan(owed) ? owed : netPaid;
        Money unpaidOwed = owed.minus(kept);
        Money writeOff = charged.minus(kept).minus(unpaidOwed);
        return new Outcome(refund, writeOff.isNegative() ? zero : writeOff);
    }
}
