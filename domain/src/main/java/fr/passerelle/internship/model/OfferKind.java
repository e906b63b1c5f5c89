package fr.passerelle.internship.model;

/** What a company offers. */
public enum OfferKind {
    /** An internship ("stage"), under an internship agreement. */
    INTERNSHIP,
    /** An apprenticeship ("alternance"): an employment contract alternating school and company. */
    APPRENTICESHIP
}
