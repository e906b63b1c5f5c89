package fr.passerelle.enrollment.port.out;

/** Why a payment failed. */
public enum PaymentFailure {
    /** The payer did not complete, or failed, the card's strong authentication. */
    AUTHENTICATION_FAILED,
    /** The card's issuer declined the payment. */
    CARD_DECLINED,
    /** The payer's account could not cover the debit. */
    INSUFFICIENT_FUNDS,
    /** The debit's mandate failed. */
    MANDATE_FAILED
}
