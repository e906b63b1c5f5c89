package fr.passerelle.notification.model;

/** When e-mail notices leave. */
public enum EmailDigest {
    /** One mail per notice, as it happens. */
    IMMEDIATE,
    /** The day's notices gathered into one mail, sent the next morning ({@code DailyDigest}). */
    DAILY
}
