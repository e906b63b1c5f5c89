package fr.passerelle.agreement.model;

/** Who signs an agreement, and in what capacity. */
public enum SignatoryRole {
    /** The intern. */
    LEARNER,
    /** The legal representative of a minor intern. */
    LEGAL_REPRESENTATIVE,
    /** The person empowered to bind the host company. */
    COMPANY_SIGNATORY,
    /** The intern's tutor at the company. */
    TUTOR,
    /** The person empowered to bind the school (often its head). */
    SCHOOL_SIGNATORY,
    /** The intern's referent teacher at the school. */
    REFERENT
}
