package fr.passerelle.enrollment.port.out;

import fr.passerelle.shared.model.Money;
import java.time.LocalDate;

/**
 * A payment as the provider shows it.
 *
 * @param mandateId the debit's mandate, null for a card
 * @param settlesOn the day a pending debit is expected to succeed or fail; null otherwise
 * @param refunded  the total refunded so far (refunds pending included)
 * @param failure   why it failed, null otherwise
 */
public record Payment(String id, PaymentMethod method, String mandateId, Money amount, PaymentState state,
                      LocalDate settlesOn, Money refunded, PaymentFailure failure) {
}
