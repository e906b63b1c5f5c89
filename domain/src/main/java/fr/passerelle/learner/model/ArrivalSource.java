package fr.passerelle.learner.model;

/** How a learner came to the platform. */
public enum ArrivalSource {
    /** Signed up themselves. */
    SELF_REGISTRATION,
    /** Imported from their school's information system. */
    SCHOOL_IMPORT,
    /** Entered by their school's staff. */
    SCHOOL_STAFF,
    /** Entered by a career advisor. */
    ADVISOR,
    /** Referred by a partner (job centre, company, alumni). */
    PARTNER_REFERRAL,
    /** Met at an event (open day, fair). */
    EVENT,
    /** Came through the website or social media. */
    WEBSITE
}
