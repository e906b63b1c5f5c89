package fr.passerelle.agreement.model;

/** The tutor's evaluations of an internship. */
public enum EvaluationKind {
    /** Halfway through the internship. */
    MID_TERM,
    /** On the last day; it may co-sign the intern's final report. */
    FINAL
}
