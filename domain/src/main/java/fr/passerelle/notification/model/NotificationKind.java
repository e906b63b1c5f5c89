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
    SCHOOL_TIER_CHANGED
}
