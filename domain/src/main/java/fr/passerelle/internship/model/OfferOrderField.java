package fr.passerelle.internship.model;

/** Orders of offer lists. */
public enum OfferOrderField {
    /** When the offer was published (drafts: when created). */
    PUBLISHED_AT,
    /** The internship's first day. */
    START_DATE,
    /** Monthly stipend, offers without one counting as zero. */
    STIPEND
}
