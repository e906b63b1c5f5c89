package fr.passerelle.enrollment.model;

/** Why admissions refused a dossier document (a code the learner's screen translates). */
public enum DossierRejectReason {
    /** The scan or photo cannot be read. */
    ILLEGIBLE,
    /** Pages or sides are missing. */
    INCOMPLETE,
    /** It is not the document asked for. */
    WRONG_DOCUMENT,
    /** It is already out of date. */
    OUT_OF_DATE,
    /** It names someone else. */
    NAME_MISMATCH,
    /** Another reason, which the comment gives. */
    OTHER
}
