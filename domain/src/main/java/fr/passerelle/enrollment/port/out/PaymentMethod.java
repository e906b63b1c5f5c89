package fr.passerelle.enrollment.port.out;

public enum PaymentMethod {
    CARD,
    SEPA_DIRECT_DEBIT
}
