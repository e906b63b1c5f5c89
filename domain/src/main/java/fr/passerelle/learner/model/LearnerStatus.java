package fr.passerelle.learner.model;

/** Where a learner is in the journey from first contact to a first job (seed 000). */
public enum LearnerStatus {
    /** Known, not enrolled yet. */
    PROSPECT,
    /** Enrolled, training not started. */
    ENROLLED,
    /** In training. */
    IN_TRAINING,
    /** On an internship or in the company part of an apprenticeship. */
    IN_INTERNSHIP,
    /** Training completed (certified or graduated). */
    GRADUATED,
    /** In a job. */
    EMPLOYED,
    /** Left the path. */
    WITHDRAWN
}
