package fr.passerelle.catalog.model;

/** What a price buys. */
public enum PriceBasis {
    /** One learner's place. */
    PER_LEARNER,
    /** A group of up to the price's group size (a garage's team). */
    PER_GROUP
}
