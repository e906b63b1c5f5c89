package fr.passerelle.company.model;

/** What kind of host a company is; internship offers and matching use it. */
public enum CompanyKind {
    INDEPENDENT_GARAGE,
    DEALERSHIP,
    AUTO_CENTRE,
    FLEET,
    HYDROGEN_STATION,
    STUDIO,
    VENUE,
    OTHER
}
