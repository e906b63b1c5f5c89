package fr.passerelle.enrollment.model;

/** How money moved; charges and write-offs move none and have no method. */
public enum LedgerMethod {
    CARD,
    SEPA,
    TRANSFER,
    CHEQUE,
    FUNDER
}
