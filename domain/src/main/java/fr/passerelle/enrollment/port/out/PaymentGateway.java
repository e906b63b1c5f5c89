package fr.passerelle.enrollment.port.out;

import fr.passerelle.shared.model.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A payment provider for the learner's part: card payments (like Stripe's PaymentIntents, with strong customer
 * authentication) and SEPA direct debits under a mandate (like GoCardless), and refunds. The payer's card and bank
 * details stay with the provider (its hosted pages); Passerelle knows the payer by the provider's opaque reference.
 * Every command carries an idempotency key: the same key answers the first result and does nothing more; the same key
 * for another command is refused. Changes the provider makes later (an authentication completed, a debit settled or
 * failed, a refund paid) reach the enrollment as signed webhooks through
 * {@link fr.passerelle.enrollment.port.in.PaymentEvents}.
 */
public interface PaymentGateway {

    /** A card payment, waiting for the payer's authentication. */
    Payment payByCard(String payerReference, Money amount, String idempotencyKey);

    /** A mandate for the payer's bank account (details collected on the provider's page), pending until active. */
    Mandate setUpMandate(String payerReference, String idempotencyKey);

    /**
     * A direct debit under the mandate on {@code chargeDate}.
     *
     * @throws FunderRefusedException when the mandate failed or is unknown, the amount is not positive, or the charge
     *                                date is before the mandate's activation or today
     */
    Payment collect(String mandateId, Money amount, LocalDate chargeDate, String idempotencyKey);

    /**
     * Refunds part or all of a succeeded payment.
     *
     * @throws FunderRefusedException when the payment has not succeeded or the refunds would exceed its amount
     */
    Refund refund(String paymentId, Money amount, String idempotencyKey);

    Optional<Payment> payment(String id);

    Optional<Mandate> mandate(String id);
}
