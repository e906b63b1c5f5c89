package fr.passerelle.crm.model;

/** What a contact is to the organisation; a person may be several at once (a learner who also refers friends). */
public enum ContactRole {
    /** Interested, not (yet) enrolled. */
    PROSPECT,
    /** Trains or trained with the organisation. */
    LEARNER,
    /** Works for a company the organisation deals with (an employer, a host for internships). */
    COMPANY_CONTACT,
    /** Works for a funder (an OPCO, a France Travail agency, a region). */
    FUNDER_CONTACT
}
