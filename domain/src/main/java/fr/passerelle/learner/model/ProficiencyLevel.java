package fr.passerelle.learner.model;

/** How well a learner masters a skill. */
public enum ProficiencyLevel {
    /** Knows the basics, needs supervision. */
    BEGINNER,
    /** Works alone on usual tasks. */
    INTERMEDIATE,
    /** Handles difficult cases. */
    ADVANCED,
    /** Teaches others. */
    EXPERT;

    public boolean atLeast(ProficiencyLevel other) {
        return compareTo(other) >= 0;
    }
}
