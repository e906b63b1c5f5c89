package fr.passerelle.internship.model;

/** Orders of application lists. */
public enum ApplicationOrderField {
    /** When the learner applied. */
    CREATED_AT,
    /** The last change (a step, an interview). */
    UPDATED_AT
}
