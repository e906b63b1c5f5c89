package fr.passerelle.enrollment.port.out;

/** A quote (devis) filed with France Travail. */
public enum QuoteState implements FunderState {
    /** Filed by the organisation, awaiting France Travail's answer (about 10 days). */
    FILED(false),
    ACCEPTED(true),
    /** Refused; {@link FranceTravailQuote#refusal()} says why. */
    REFUSED(true),
    /** The training started before any answer: France Travail does not fund a training after its start. */
    EXPIRED(true);

    private final boolean isFinal;

    QuoteState(boolean isFinal) {
        this.isFinal = isFinal;
    }

    @Override
    public boolean isFinal() {
        return isFinal;
    }
}
