package fr.passerelle.enrollment.model;

/** Why an enrollment ended before its completion: a closed list, so reports and automations can count them. */
public enum EnrollmentEndReason {
    /** The learner asked to stop (outside the withdrawal period). */
    LEARNER_REQUEST,
    /** A funder refused and no other funding was found. */
    FUNDING_REFUSED,
    /** The learner did not come. */
    NO_SHOW,
    /** The session itself was cancelled. */
    SESSION_CANCELLED,
    /** The learner used their legal right of withdrawal after signing. */
    WITHDRAWAL,
    OTHER
}
