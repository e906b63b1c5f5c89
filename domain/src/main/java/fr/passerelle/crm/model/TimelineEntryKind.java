package fr.passerelle.crm.model;

/** What a timeline entry is about, which says what its subject is. */
public enum TimelineEntryKind {
    /** An interaction logged by staff (subject: the interaction). */
    INTERACTION,
    /** A note (subject: the note). */
    NOTE,
    /** A document filed (subject: the document). */
    DOCUMENT,
    /** A deal created, moved, won or lost (subject: the deal). */
    DEAL,
    /** A task created or completed (subject: the task). */
    TASK,
    /** The contact itself: created, its stage changed, merged (subject: the contact). */
    CONTACT,
    /** The platform's own record concerning the person: an application, an agreement… (no subject in the CRM). */
    PLATFORM
}
