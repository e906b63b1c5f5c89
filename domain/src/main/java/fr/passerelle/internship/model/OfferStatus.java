package fr.passerelle.internship.model;

/** Where an offer stands. */
public enum OfferStatus {
    /** Being written; only its company sees it. */
    DRAFT,
    /** Visible to learners, open to applications. */
    PUBLISHED,
    /** Every position is taken. */
    FILLED,
    /** Withdrawn by the company. */
    CLOSED,
    /** Its start date passed while it was still open. */
    EXPIRED;

    public boolean isOpen() {
        return this == PUBLISHED;
    }
}
