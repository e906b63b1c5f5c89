package fr.passerelle.enrollment.port.out;

/** A refund of a succeeded payment. */
public enum RefundState implements FunderState {
    PENDING(false),
    /** The money is on its way back to the payer. */
    SUCCEEDED(true);

    private final boolean isFinal;

    RefundState(boolean isFinal) {
        this.isFinal = isFinal;
    }

    @Override
    public boolean isFinal() {
        return isFinal;
    }
}
