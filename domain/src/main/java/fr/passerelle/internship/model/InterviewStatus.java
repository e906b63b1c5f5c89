package fr.passerelle.internship.model;

/** Where an interview stands. */
public enum InterviewStatus {
    /** Slots are proposed; the learner picks one. */
    PROPOSED,
    /** The learner picked a slot. */
    SCHEDULED,
    /** Called off by either side; new slots may be proposed. */
    CANCELLED
}
