package fr.passerelle.enrollment.model;

import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One person joining one session of a school's programme: the spine of the enrollment feature. Its state moves along
 * {@link EnrollmentState}'s path, each move kept in {@link #history}. Its dossier documents, funding, contract and
 * payments are aggregates of their own (each changed by different people at different times), keyed by this
 * enrollment's id; the enrollment reads them as gates when it advances ({@link #advanced}).
 * <p>
 * A waiting enrollment ({@link #seated()} false) may submit its dossier and assemble its funding, but no contract is
 * sent for it: the contract part refuses an unseated enrollment, so nobody signs for a seat they do not hold. Every
 * transition asked for again once done answers the enrollment unchanged (a retried request writes nothing).
 *
 * @param contactId      the school's CRM contact it is for
 * @param learnerSubject the platform user who may see and complete it themselves (the contact's linked user), if any
 * @param learnerId      the school's learner profile, once confirmed
 * @param seated         whether it holds a seat of the session (else it waits on the waiting list, under the holder
 *                       key {@link #holderKey()})
 * @param withdrawalEndsOn the last day of the legal withdrawal period, once signed (null: none yet, or the contract
 *                         grants no withdrawal right)
 * @param endReason      why it was cancelled or abandoned
 */
public record Enrollment(String id, String schoolId, String programmeId, String sessionId, String contactId,
                         String learnerSubject, String learnerId, Applicant applicant, boolean seated,
                         EnrollmentState state, LocalDate withdrawalEndsOn, String endReason,
                         List<EnrollmentStep> history, String createdBy, Instant createdAt, Instant updatedAt,
                         long version) implements Aggregate {

    /** Its type in GraphQL global ids and NOT_FOUND errors. */
    public static final String TYPE = "Enrollment";

    /**
     * Moves kept: the path has a dozen steps; a dossier bouncing between complete and incomplete keeps its latest
     * moves instead of growing without end.
     */
    public static final int MAX_HISTORY = 100;

    /** The reason recorded on the step that gave a waiting enrollment its seat (its state unchanged). */
    public static final String SEAT_GIVEN = "SEAT_GIVEN";

    /** The reason prefix of a step that filed it on another contact; the contact it was created for follows it. */
    public static final String CONTACT_MERGED = "CONTACT_MERGED:";

    public Enrollment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(state, "state");
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** The key its seat or waiting place is held under in the session. */
    public String holderKey() {
        return holderKey(id);
    }

    public static String holderKey(String enrollmentId) {
        return "enrollment:" + enrollmentId;
    }

    /** One enrollment per contact and session: its id follows from them, so a repeated request finds it. */
    public static String idFor(String sessionId, String contactId) {
        return UUID.nameUUIDFromBytes(("enrollment/" + sessionId + "/" + contactId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** A new enrollment, in {@link EnrollmentState#DRAFT}, holding a seat or waiting for one. */
    public static Enrollment create(String id, String schoolId, String programmeId, String sessionId,
                                    String contactId, String learnerSubject, Applicant applicant, boolean seated,
                                    String by, Instant now) {
        return new Enrollment(id, schoolId, programmeId, sessionId, contactId, learnerSubject, null, applicant, seated,
                EnrollmentState.DRAFT, null, null, List.of(new EnrollmentStep(null, EnrollmentState.DRAFT, now, by,
                null)), by, now, now, 0);
    }

    /** The applicant (staff, or the learner for their own) hands the dossier in: documents are now expected. */
    public Enrollment submitted(String by, Instant now) {
        if (state != EnrollmentState.DRAFT && !state.isEnded()) {
            return this;
        }
        require(EnrollmentState.DRAFT);
        return moved(EnrollmentState.DOSSIER_INCOMPLETE, by, null, now);
    }

    /**
     * Every automatic move whose gate is open, in order, each recorded as made by the platform (by {@code null}):
     * dossier complete (and back to incomplete while no funding was asked, when a document is rejected or expires),
     * funding pending once the funders are asked (at once for a plan without funders), contract sent, signed, the
     * withdrawal period (its last day copied from the contract), confirmed once that period is over and what is due
     * before the start is paid. Nothing to move answers the enrollment unchanged.
     */
    public Enrollment advanced(GateReadings gates, Instant now) {
        Enrollment current = this;
        for (EnrollmentState next = current.nextOn(gates); next != null; next = current.nextOn(gates)) {
            current = current.moved(next, null, null, now);
            if (next == EnrollmentState.WITHDRAWAL_PERIOD) {
                current = current.withWithdrawalEnd(gates.withdrawalEndsOn());
            }
        }
        return current;
    }

    private EnrollmentState nextOn(GateReadings gates) {
        return switch (state) {
            case DOSSIER_INCOMPLETE -> gates.dossierComplete() ? EnrollmentState.DOSSIER_COMPLETE : null;
            case DOSSIER_COMPLETE -> {
                if (gates.contractSentAt() != null) {
                    yield EnrollmentState.CONTRACT_SENT;
                }
                if (!gates.dossierComplete()) {
                    yield EnrollmentState.DOSSIER_INCOMPLETE;
                }
                yield gates.fundingPlanned() && (gates.fundingRequested() || gates.fundingSecured())
                        ? EnrollmentState.FUNDING_PENDING : null;
            }
            case FUNDING_PENDING -> gates.contractSentAt() != null ? EnrollmentState.CONTRACT_SENT : null;
            case CONTRACT_SENT -> gates.contractSignedAt() != null ? EnrollmentState.SIGNED : null;
            case SIGNED -> {
                if (gates.withdrawalEndsOn() != null) {
                    yield EnrollmentState.WITHDRAWAL_PERIOD;
                }
                // No withdrawal right (a company's contract): confirmed the day it is signed, once paid.
                yield gates.withdrawalOver() && gates.paymentSettled() ? EnrollmentState.CONFIRMED : null;
            }
            case WITHDRAWAL_PERIOD -> gates.withdrawalOver() && gates.paymentSettled()
                    ? EnrollmentState.CONFIRMED : null;
            default -> null;
        };
    }

    /** A waiting enrollment was given a seat (someone left, or the session grew). */
    public Enrollment withSeat(String by, Instant now) {
        if (seated) {
            return this;
        }
        List<EnrollmentStep> steps = appended(new EnrollmentStep(state, state, now, by, SEAT_GIVEN));
        return new Enrollment(id, schoolId, programmeId, sessionId, contactId, learnerSubject, learnerId, applicant,
                true, state, withdrawalEndsOn, endReason, steps, createdBy, createdAt, now, version);
    }

    /** The training begins (staff, or the session's start): only for a confirmed enrollment. */
    public Enrollment trainingStarted(String by, Instant now) {
        if (state == EnrollmentState.IN_TRAINING) {
            return this;
        }
        require(EnrollmentState.CONFIRMED);
        return moved(EnrollmentState.IN_TRAINING, by, null, now);
    }

    public Enrollment completed(String by, Instant now) {
        if (state == EnrollmentState.COMPLETED) {
            return this;
        }
        require(EnrollmentState.IN_TRAINING);
        return moved(EnrollmentState.COMPLETED, by, null, now);
    }

    /** Ends it before the training starts; cancelling a cancelled enrollment again changes nothing. */
    public Enrollment cancelled(EnrollmentEndReason reason, String by, Instant now) {
        requireReason(reason);
        if (state == EnrollmentState.CANCELLED) {
            return this;
        }
        if (state.isEnded() || state == EnrollmentState.IN_TRAINING) {
            throw BusinessRuleViolation.of("", ErrorCode.INVALID_STATE, "error.enrollment.not-cancellable", state);
        }
        return ended(EnrollmentState.CANCELLED, reason, by, now);
    }

    /** Ends it during the training. */
    public Enrollment abandoned(EnrollmentEndReason reason, String by, Instant now) {
        requireReason(reason);
        if (state == EnrollmentState.ABANDONED) {
            return this;
        }
        require(EnrollmentState.IN_TRAINING);
        return ended(EnrollmentState.ABANDONED, reason, by, now);
    }

    /**
     * The learner's legal withdrawal: during the withdrawal period, up to and including its last day. Cancels it with
     * {@link EnrollmentEndReason#WITHDRAWAL}. A signed contract without withdrawal right (no period) refuses it.
     */
    public Enrollment withdrawn(String by, LocalDate today, Instant now) {
        if (state == EnrollmentState.CANCELLED && EnrollmentEndReason.WITHDRAWAL.name().equals(endReason)) {
            return this;
        }
        if (withdrawalEndsOn == null && (state == EnrollmentState.SIGNED || state == EnrollmentState.CONFIRMED)) {
            throw BusinessRuleViolation.of("", ErrorCode.LEGAL_RULE, "error.enrollment.no-withdrawal-right");
        }
        require(EnrollmentState.WITHDRAWAL_PERIOD);
        if (withdrawalEndsOn == null || today.isAfter(withdrawalEndsOn)) {
            throw BusinessRuleViolation.of("", ErrorCode.LEGAL_RULE, "error.enrollment.withdrawal-over",
                    withdrawalEndsOn);
        }
        return ended(EnrollmentState.CANCELLED, EnrollmentEndReason.WITHDRAWAL, by, now);
    }

    private Enrollment ended(EnrollmentState to, EnrollmentEndReason reason, String by, Instant now) {
        Enrollment moved = moved(to, by, reason.name(), now);
        return new Enrollment(id, schoolId, programmeId, sessionId, contactId, learnerSubject, learnerId, applicant,
                false, to, withdrawalEndsOn, reason.name(), moved.history, createdBy, createdAt, now, version);
    }

    private Enrollment withWithdrawalEnd(LocalDate lastDay) {
        return new Enrollment(id, schoolId, programmeId, sessionId, contactId, learnerSubject, learnerId, applicant,
                seated, state, lastDay, endReason, history, createdBy, createdAt, updatedAt, version);
    }

    private Enrollment moved(EnrollmentState to, String by, String reason, Instant now) {
        List<EnrollmentStep> steps = appended(new EnrollmentStep(state, to, now, by, reason));
        return new Enrollment(id, schoolId, programmeId, sessionId, contactId, learnerSubject, learnerId, applicant,
                seated, to, withdrawalEndsOn, endReason, steps, createdBy, createdAt, now, version);
    }

    private List<EnrollmentStep> appended(EnrollmentStep step) {
        List<EnrollmentStep> steps = new ArrayList<>(history);
        steps.add(step);
        while (steps.size() > MAX_HISTORY) {
            steps.remove(0);
        }
        return steps;
    }

    private void require(EnrollmentState expected) {
        if (state != expected) {
            throw BusinessRuleViolation.of("", ErrorCode.INVALID_STATE, "error.enrollment.state", state, expected);
        }
    }

    private static void requireReason(EnrollmentEndReason reason) {
        if (reason == null) {
            throw BusinessRuleViolation.of("reason", ErrorCode.REQUIRED, "error.enrollment.reason-required");
        }
    }

    /**
     * Filed on another contact of the school (a contact merge, or its undoing): a step of its history, state unchanged,
     * reason {@link #CONTACT_MERGED} followed by {@code firstContactId}, the contact it was created for. Its learner
     * account is then the new contact's, set by {@link #withLearnerSubject}.
     */
    public Enrollment contactMoved(String to, String firstContactId, Instant now) {
        Objects.requireNonNull(to, "to");
        if (to.equals(contactId)) {
            return this;
        }
        List<EnrollmentStep> steps = appended(new EnrollmentStep(state, state, now, null,
                CONTACT_MERGED + firstContactId));
        return new Enrollment(id, schoolId, programmeId, sessionId, to, learnerSubject, learnerId, applicant, seated,
                state, withdrawalEndsOn, endReason, steps, createdBy, createdAt, now, version);
    }

    /**
     * The platform account its contact is linked to now (null: none): who sees and completes it as the learner
     * follows the contact's link, made or changed after the enrollment was created.
     */
    public Enrollment withLearnerSubject(String subject, Instant now) {
        return Objects.equals(subject, learnerSubject) ? this
                : new Enrollment(id, schoolId, programmeId, sessionId, contactId, subject, learnerId, applicant,
                seated, state, withdrawalEndsOn, endReason, history, createdBy, createdAt, now, version);
    }

    /** The enrollment pointing to the school's learner profile of the person (set once confirmed). */
    public Enrollment withLearner(String learnerId) {
        return Objects.equals(learnerId, this.learnerId) ? this
                : new Enrollment(id, schoolId, programmeId, sessionId, contactId, learnerSubject, learnerId, applicant,
                seated, state, withdrawalEndsOn, endReason, history, createdBy, createdAt, updatedAt, version);
    }
}
