package fr.passerelle.webhook.model;

/** Where a message to one endpoint stands. */
public enum DeliveryStatus {
    /** An attempt is scheduled. */
    PENDING,
    /** The receiver acknowledged it. */
    SUCCEEDED,
    /** Attempts ran out, or the endpoint was disabled: replay it once the receiver is fixed. */
    FAILED
}
