package fr.passerelle.enrollment.model;

/**
 * Where a funder line's request stands. A request only moves forward ({@link #rank}): a funder's notification
 * delivered late or twice never takes it back, and once it failed only a change of its line (which resets it to
 * {@link #NOT_REQUESTED}) opens it again.
 */
public enum FunderRequestState {
    /** Not asked yet: the line was added or changed since. */
    NOT_REQUESTED(0),
    /** Filed with the funder (or, without a gateway, waiting for staff to confirm the funder's agreement). */
    REQUESTED(1),
    /** The training account's proposal waits for the holder's acceptance on Mon Compte Formation. */
    WAITING_HOLDER(2),
    ACCEPTED(3),
    REFUSED(4),
    CANCELLED(4),
    /** France Travail had not answered when the training started. */
    EXPIRED(4);

    private final int rank;

    FunderRequestState(int rank) {
        this.rank = rank;
    }

    /** Whether the funder still has to answer. */
    public boolean isPending() {
        return this == REQUESTED || this == WAITING_HOLDER;
    }

    /** Refused, cancelled or expired: staff change the plan or cancel the enrollment. */
    public boolean isFailed() {
        return rank == 4;
    }

    /** Whether {@code next} is a step forward from here (never back, never sideways between failures). */
    public boolean precedes(FunderRequestState next) {
        return next.rank > rank;
    }
}
