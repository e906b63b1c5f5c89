package fr.passerelle.enrollment.port.out;

import fr.passerelle.enrollment.model.PaymentAccount;
import fr.passerelle.shared.port.AggregateStore;
import java.util.Optional;

/** Payments under way and dunning, one account per enrollment (keyed by its id). */
public interface PaymentAccounts extends AggregateStore<PaymentAccount> {

    /** The account holding the provider's payment or mandate. */
    Optional<PaymentAccount> findByProviderId(String providerId);
}
