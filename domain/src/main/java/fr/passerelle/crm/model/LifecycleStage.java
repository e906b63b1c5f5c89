package fr.passerelle.crm.model;

/** Where a person stands in their journey with the organisation, for one target (seed document 004). */
public enum LifecycleStage {
    /** Has heard of the organisation. */
    AWARENESS,
    /** Compares offers, asks questions. */
    CONSIDERATION,
    /** Chooses: quote, funding, enrollment. */
    DECISION,
    /** Trains or trained, and stays. */
    RETENTION,
    /** Recommends the organisation. */
    ADVOCACY
}
