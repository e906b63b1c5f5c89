package fr.passerelle.enrollment.port.out;

/** A card payment (Stripe's PaymentIntent) or a SEPA direct debit (GoCardless's payment). */
public enum PaymentState implements FunderState {
    /** A card payment waits for the payer's strong authentication (3-D Secure, PSD2) on the provider's page. */
    REQUIRES_ACTION(false),
    /** A direct debit is submitted and waits for its charge date and the banks' settlement. */
    PENDING(false),
    SUCCEEDED(false),
    /** {@link Payment#failure()} says why. */
    FAILED(true);

    private final boolean isFinal;

    PaymentState(boolean isFinal) {
        this.isFinal = isFinal;
    }

    /** A succeeded payment can still be refunded, so it is not final. */
    @Override
    public boolean isFinal() {
        return isFinal;
    }
}
