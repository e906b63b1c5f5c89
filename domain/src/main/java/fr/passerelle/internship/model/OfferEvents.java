package fr.passerelle.internship.model;

/** The types of the events an offer's changes emit. */
public final class OfferEvents {

    public static final String CREATED = "offer.created";
    public static final String EDITED = "offer.edited";
    public static final String TERMS_REVISED = "offer.terms_revised";
    public static final String PUBLISHED = "offer.published";
    public static final String CLOSED = "offer.closed";
    public static final String FILLED = "offer.filled";
    public static final String EXPIRED = "offer.expired";

    private OfferEvents() {
    }
}
