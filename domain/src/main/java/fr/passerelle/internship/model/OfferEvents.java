package fr.passerelle.internship.model;

/** The types of the events an offer's changes emit. */
public final class OfferEvents {

    public static final String CREATED = "offer.created";
    public static final String EDITED = "offer.edited";
    public static final String TERMS_REVISED = "offer.terms_revised";
    public static final String PUBLISHED = "offer.published";
    public static final String CLOSED = "offer.closed";
    /** An accepted application took a position (the last one fills the offer). */
    public static final String POSITION_TAKEN = "offer.position_taken";
    /** A position taken by an acceptance that could not be recorded was given back. */
    public static final String POSITION_RELEASED = "offer.position_released";

    private OfferEvents() {
    }
}
