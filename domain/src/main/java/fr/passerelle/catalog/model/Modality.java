package fr.passerelle.catalog.model;

/** How a programme is delivered. */
public enum Modality {
    /** Remote, synchronous or not. */
    DISTANCE,
    /** In the school's premises or a workshop. */
    ON_SITE,
    /** Both. */
    BLENDED
}
