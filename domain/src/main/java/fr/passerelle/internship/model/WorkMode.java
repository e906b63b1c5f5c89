package fr.passerelle.internship.model;

/** Where the work happens. */
public enum WorkMode {
    /** At the company's site. */
    ON_SITE,
    /** Partly at the site, partly remote. */
    HYBRID,
    /** Remote. */
    REMOTE
}
