package fr.passerelle.learner.model;

/** Families of the skills catalog. */
public enum SkillCategory {
    /** A technical know-how of a trade. */
    TECHNICAL,
    /** Mastery of a piece of software. */
    SOFTWARE,
    /** A legal authorisation to do some work, valid for a limited time (electrical habilitations). */
    HABILITATION
}
