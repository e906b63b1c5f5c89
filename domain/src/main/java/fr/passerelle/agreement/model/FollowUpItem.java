package fr.passerelle.agreement.model;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One step of the follow-up: when it is due, who carries it out, whether it was done, and the notes taken.
 *
 * @param doneOn    the day it was done, when it was
 * @param updatedBy the account that last changed it
 */
public record FollowUpItem(FollowUpKind kind, LocalDate dueOn, FollowUpKind.FollowUpOwner owner, Status status,
                           String notes, LocalDate doneOn, String updatedBy, Instant updatedAt) {

    public FollowUpItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
    }

    static FollowUpItem planned(FollowUpKind kind, LocalDate dueOn) {
        return new FollowUpItem(kind, dueOn, kind.owner(), Status.PLANNED, null, null, null, null);
    }

    /** Still planned after its due day. */
    public boolean overdueOn(LocalDate today) {
        return status == Status.PLANNED && today.isAfter(dueOn);
    }

    /**
     * The step recorded as done, planned again (moved to another day) or cancelled, with its notes. Done needs the
     * day it was done, not in the future.
     */
    public FollowUpItem updated(Status newStatus, LocalDate newDueOn, LocalDate newDoneOn, String newNotes, String by,
                                LocalDate today, Instant now) {
        LocalDate done = null;
        if (newStatus == Status.DONE) {
            done = newDoneOn == null ? today : newDoneOn;
            if (done.isAfter(today)) {
                throw BusinessRuleViolation.of("doneOn", ErrorCode.OUT_OF_RANGE, "error.date.future");
            }
        }
        return new FollowUpItem(kind, newDueOn == null ? dueOn : newDueOn, owner, newStatus, newNotes, done, by, now);
    }

    /** Where a follow-up step stands. */
    public enum Status {
        PLANNED, DONE, CANCELLED
    }
}
