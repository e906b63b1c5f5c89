package fr.passerelle.agreement.model;

/**
 * Whose initiative an interruption was. It decides the waiting period before the next intern on the post (L124-11):
 * none after an internship the intern ended, a third of its length after one the host or the school ended.
 */
public enum InterruptionInitiative {
    /** The intern ended it. */
    INTERN,
    /** The host ended it. */
    HOST,
    /** The school ended it. */
    SCHOOL
}
