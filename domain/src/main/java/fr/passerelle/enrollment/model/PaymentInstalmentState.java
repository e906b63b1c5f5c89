package fr.passerelle.enrollment.model;

/** Where one instalment of the payer's schedule stands on a given day. */
public enum PaymentInstalmentState {
    /** Its due date is still ahead. */
    UPCOMING,
    /** Due today. */
    DUE,
    /** Due before today and not fully paid. */
    OVERDUE,
    PAID,
    /** The organisation gave it up (an abandoned training's undelivered part). */
    WRITTEN_OFF
}
