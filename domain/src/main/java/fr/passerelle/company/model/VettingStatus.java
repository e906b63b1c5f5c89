package fr.passerelle.company.model;

/** An advisor's verdict on whether a company is a genuine, suitable host for learners. */
public enum VettingStatus {
    /** Registered, not reviewed yet (or its legal identity changed since the last review). */
    PENDING,
    /** Reviewed and accepted: may publish offers to learners. */
    VERIFIED,
    /** Reviewed and refused: may not publish. */
    REJECTED
}
