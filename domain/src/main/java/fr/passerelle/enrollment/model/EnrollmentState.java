package fr.passerelle.enrollment.model;

/**
 * Where an enrollment stands. The path: {@link #DRAFT} → {@link #DOSSIER_INCOMPLETE} → {@link #DOSSIER_COMPLETE} →
 * {@link #FUNDING_PENDING} → {@link #CONTRACT_SENT} → {@link #SIGNED} → {@link #WITHDRAWAL_PERIOD} → {@link #CONFIRMED}
 * → {@link #IN_TRAINING} → {@link #COMPLETED}; {@link #CANCELLED} (before training) and {@link #ABANDONED} (during it)
 * end it early, with a reason.
 */
public enum EnrollmentState {
    /** Created, a seat or waiting place held; the applicant has not submitted it yet. */
    DRAFT,
    /** Submitted: documents are still missing, pending or rejected. */
    DOSSIER_INCOMPLETE,
    /** Every required document accepted and valid. */
    DOSSIER_COMPLETE,
    /** The funders of the plan have been asked and not all have agreed yet. */
    FUNDING_PENDING,
    /** The contract was generated and its signing circuit started. */
    CONTRACT_SENT,
    /** Every party signed the contract. */
    SIGNED,
    /** The legal withdrawal period runs (its end is on the enrollment). */
    WITHDRAWAL_PERIOD,
    /** Withdrawal period over and what had to be paid before the start is paid: the learner has access. */
    CONFIRMED,
    IN_TRAINING,
    COMPLETED,
    CANCELLED,
    ABANDONED;

    public boolean isEnded() {
        return this == COMPLETED || this == CANCELLED || this == ABANDONED;
    }
}
