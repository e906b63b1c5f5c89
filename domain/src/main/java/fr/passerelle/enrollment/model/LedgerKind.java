package fr.passerelle.enrollment.model;

/** What a ledger entry records; how it moves the payer's balance is {@link Ledger#balance()}'s business. */
public enum LedgerKind {
    /** An instalment the payer owes, recorded at signature with its due date. */
    CHARGE,
    /** Money the payer paid (card, debit, transfer, cheque). */
    PAYMENT,
    /** Money given back to the payer. */
    REFUND,
    /** Money a funder (training account, France Travail, OPCO, region, employer) paid for its line. */
    FUNDER_PAYMENT,
    /** An owed amount the organisation gives up (an abandoned training's undelivered part). */
    WRITE_OFF
}
