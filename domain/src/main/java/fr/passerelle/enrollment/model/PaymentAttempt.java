package fr.passerelle.enrollment.model;

import fr.passerelle.shared.model.Money;
import java.time.Instant;

/**
 * A payment started at the provider for one instalment: a card payment awaiting the payer's authentication, a SEPA
 * mandate being set up, or a debit under it. Kept so that the provider's events, which name only its own ids, find
 * their enrollment and instalment. A success is not kept here: the ledger's payment entry, under the provider's id,
 * says it.
 *
 * @param providerId the provider's payment or mandate id
 * @param method     {@link LedgerMethod#CARD} or {@link LedgerMethod#SEPA}
 * @param mandate    whether {@code providerId} is a mandate (whose activation collects the instalment)
 */
public record PaymentAttempt(String providerId, int instalment, LedgerMethod method, boolean mandate, Money amount,
                             State state, Instant startedAt) {

    public enum State { PENDING, FAILED }

    public PaymentAttempt withState(State next) {
        return new PaymentAttempt(providerId, instalment, method, mandate, amount, next, startedAt);
    }
}
