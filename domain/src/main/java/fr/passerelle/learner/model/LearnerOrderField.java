package fr.passerelle.learner.model;

/** Orders of learner lists. */
public enum LearnerOrderField {
    /** Last name, then first name (accents and case ignored). */
    NAME,
    /** Graduation year. */
    GRADUATION_YEAR,
    /** Stored job-readiness score. */
    READINESS,
    /** Creation time. */
    CREATED_AT
}
