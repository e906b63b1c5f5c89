package fr.passerelle.enrollment.port.out;

/** A SEPA direct-debit mandate: the payer's authorisation to debit their account. */
public enum MandateState implements FunderState {
    /** Sent to the payer's bank, not active yet; debits may already be scheduled after its activation. */
    PENDING(false),
    ACTIVE(false),
    /** The bank refused it (account closed, wrong details); its pending debits fail with it. */
    FAILED(true);

    private final boolean isFinal;

    MandateState(boolean isFinal) {
        this.isFinal = isFinal;
    }

    @Override
    public boolean isFinal() {
        return isFinal;
    }
}
