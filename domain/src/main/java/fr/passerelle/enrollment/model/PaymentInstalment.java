package fr.passerelle.enrollment.model;

import fr.passerelle.shared.model.Money;
import java.time.LocalDate;

/**
 * One instalment of the payer's schedule as the ledger shows it.
 *
 * @param paid       what its payments brought, less what was refunded of them
 * @param writtenOff what the organisation gave up of it
 */
public record PaymentInstalment(int number, Money amount, LocalDate dueOn, Money paid, Money writtenOff,
                                PaymentInstalmentState state) {

    public boolean settled() {
        return state == PaymentInstalmentState.PAID || state == PaymentInstalmentState.WRITTEN_OFF;
    }

    public Money outstanding() {
        Money left = amount.minus(paid).minus(writtenOff);
        return left.isNegative() ? Money.zero(amount.currency()) : left;
    }
}
