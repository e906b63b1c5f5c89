package fr.passerelle.learner.model;

/** The criteria of the job-readiness score. */
public enum ReadinessCriterion {
    /** The profile says enough for a company to consider the learner. */
    PROFILE_COMPLETENESS,
    /** Skills are declared and backed by evidence. */
    SKILLS_EVIDENCE,
    /** Valid certifications and habilitations. */
    CERTIFICATIONS,
    /** Time spent working (internships, apprenticeships, jobs). */
    EXPERIENCE
}
