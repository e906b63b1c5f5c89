package fr.passerelle.enrollment.model;

import fr.passerelle.shared.model.Aggregate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One person joining one session of a school's programme: the spine of the enrollment feature. Its state moves along
 * {@link EnrollmentState}'s path, each move kept in {@link #history}. Its dossier documents, funding, contract and
 * payments are aggregates of their own (each changed by different people at different times), keyed by this
 * enrollment's id; the enrollment reads them as gates when it advances.
 *
 * @param contactId      the school's CRM contact it is for
 * @param learnerSubject the platform user who may see and complete it themselves (the contact's linked user), if any
 * @param learnerId      the school's learner profile, once confirmed
 * @param seated         whether it holds a seat of the session (else it waits on the waiting list, under the holder
 *                       key {@link #holderKey()})
 * @param withdrawalEndsOn the last day of the legal withdrawal period, once signed
 * @param endReason      why it was cancelled or abandoned
 */
public record Enrollment(String id, String schoolId, String programmeId, String sessionId, String contactId,
                         String learnerSubject, String learnerId, Applicant applicant, boolean seated,
                         EnrollmentState state, LocalDate withdrawalEndsOn, String endReason,
                         List<EnrollmentStep> history, String createdBy, Instant createdAt, Instant updatedAt,
                         long version) implements Aggregate {

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

    /** The enrollment pointing to the school's learner profile of the person (set once confirmed). */
    public Enrollment withLearner(String learnerId) {
        return Objects.equals(learnerId, this.learnerId) ? this
                : new Enrollment(id, schoolId, programmeId, sessionId, contactId, learnerSubject, learnerId, applicant,
                seated, state, withdrawalEndsOn, endReason, history, createdBy, createdAt, updatedAt, version);
    }
}
