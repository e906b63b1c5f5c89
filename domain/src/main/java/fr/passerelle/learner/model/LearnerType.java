package fr.passerelle.learner.model;

/** Where a learner stands on the way to a first job when they arrive (seed 000's targets). */
public enum LearnerType {
    /** Looking for a first job ("primo-arrivant"). */
    FIRST_TIME_JOB_SEEKER,
    /** Changing careers ("reconversion"). */
    CAREER_CHANGER,
    /** A student of a partner school. */
    STUDENT,
    /** Registered job seeker. */
    JOB_SEEKER,
    /** Employee trained by or for their company. */
    EMPLOYEE
}
