package fr.passerelle.webhook.model;

/** Why an endpoint receives nothing. */
public enum DisabledReason {
    /** Its organisation turned it off. */
    BY_USER,
    /** It answered 410 Gone: the receiver said it no longer exists. */
    GONE,
    /** Every delivery to it failed for the failure window (five days by default). */
    FAILING
}
