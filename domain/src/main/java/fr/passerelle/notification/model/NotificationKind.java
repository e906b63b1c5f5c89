package fr.passerelle.notification.model;

/** What a notification is about; also the name of its text template. */
public enum NotificationKind {
    /** The recipient's company passed vetting. */
    COMPANY_VERIFIED,
    /** The recipient's company was refused at vetting. */
    COMPANY_REJECTED,
    /** Someone accepted an invitation into an organisation the recipient manages. */
    MEMBER_JOINED,
    /** The partnership tier of the recipient's school changed. */
    SCHOOL_TIER_CHANGED,
    /** A learner applied to an offer of the recipient's company (or one they tutor). */
    APPLICATION_RECEIVED,
    /** The company kept the recipient's application for a closer look. */
    APPLICATION_SHORTLISTED,
    /** The company turned the recipient's application down. */
    APPLICATION_REJECTED,
    /** A learner withdrew their application to an offer of the recipient's company. */
    APPLICATION_WITHDRAWN,
    /** The company proposes interview slots (or new ones) to the recipient, who picks one. */
    INTERVIEW_PROPOSED,
    /** The applicant picked one of the slots the recipient's company proposed. */
    INTERVIEW_CONFIRMED,
    /** The other side called the interview off. */
    INTERVIEW_CANCELLED,
    /** The company offers the recipient the position; they answer. */
    OFFER_EXTENDED,
    /**
     * The applicant accepted the position: the recipient's company has an intern, or the recipient's school an
     * agreement to prepare.
     */
    OFFER_ACCEPTED,
    /** The applicant turned down the position the recipient's company offered. */
    OFFER_DECLINED,
    /** An offer the recipient applied to has no position left: it takes no more applications. */
    OFFER_FILLED,
    /** An offer of the recipient's company expires in a few days (its start date) with positions still open. */
    OFFER_EXPIRING
}
