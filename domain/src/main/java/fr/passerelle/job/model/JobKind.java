package fr.passerelle.job.model;

/** What a background job does. */
public enum JobKind {
    /** Delivers one domain event to one subscriber. */
    EVENT_DELIVERY,
    /** Fires one reminder. */
    REMINDER
}
