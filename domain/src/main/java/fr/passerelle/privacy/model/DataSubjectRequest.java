package fr.passerelle.privacy.model;

import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.model.Aggregate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * A person's request about their data (GDPR art. 15–20), asked by them or recorded by their school's staff on their
 * behalf. The organisation answers within a month of receipt ({@link #dueAt}); its privacy staff are reminded a week
 * before. Access and portability are answered at once (the archive is built when downloaded, from what every provider
 * holds then); rectification is answered by pointing at the edits the person already has; erasure is carried out by
 * the organisation's staff, and its outcome (what went, what a legal hold keeps) stays on the request.
 *
 * @param person       the person's account, or null for a learner without one (then {@code learnerId} names them);
 *                     replaced by their pseudonym once they are erased
 * @param learnerId    the learner profile the request is about, or null for someone who is not a learner
 * @param organisation the organisation whose staff answer it (the learner's school), or null: the platform's admins
 * @param recordedBy   who recorded it: the person, or a staff member on their behalf
 * @param erasure      what each provider did, for an erasure carried out; empty otherwise
 */
public record DataSubjectRequest(String id, Kind kind, String person, String learnerId, Tenant organisation,
                                 String recordedBy, Instant receivedAt, Instant dueAt, Status status,
                                 Instant completedAt, List<ErasureOutcome> erasure, long version) implements Aggregate {

    /** A month to answer (art. 12(3)); reminded a week before. */
    public static final int MONTHS_TO_ANSWER = 1;

    public DataSubjectRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (person == null && learnerId == null) {
            throw new IllegalArgumentException("a request is about someone");
        }
        erasure = List.copyOf(erasure);
    }

    /** A new request, received now; access, portability and rectification are answered on receipt. */
    public static DataSubjectRequest received(String id, Kind kind, String person, String learnerId,
                                              Tenant organisation, String recordedBy, Instant now) {
        Instant due = now.atZone(ZoneOffset.UTC).plusMonths(MONTHS_TO_ANSWER).toInstant();
        boolean answered = kind != Kind.ERASURE;
        return new DataSubjectRequest(id, kind, person, learnerId, organisation, recordedBy, now, due,
                answered ? Status.COMPLETED : Status.OPEN, answered ? now : null, List.of(), 0);
    }

    /** The erasure carried out: the outcomes kept, and the person named by their pseudonym from now on. */
    public DataSubjectRequest erased(List<ErasureOutcome> outcomes, String pseudonym, Instant now) {
        return new DataSubjectRequest(id, kind, person == null ? null : pseudonym,
                learnerId == null ? null : pseudonym, organisation,
                Objects.equals(recordedBy, person) ? pseudonym : recordedBy, receivedAt, dueAt, Status.COMPLETED,
                now, outcomes, version);
    }

    /** When the organisation's privacy staff are reminded of a request still open. */
    public Instant reminderAt() {
        return dueAt.minus(java.time.Duration.ofDays(7));
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** What the person asks for. */
    public enum Kind {
        /** A copy of everything held about them (art. 15). */
        ACCESS,
        /** The same, in machine-readable files they can take elsewhere (art. 20). */
        PORTABILITY,
        /** Correcting what is wrong (art. 16): they edit their profile; the answer says where. */
        RECTIFICATION,
        /** Erasing them everywhere, except what a legal hold keeps (art. 17). */
        ERASURE
    }

    /** Where the request stands. */
    public enum Status {
        /** Received, not answered yet. */
        OPEN,
        /** Answered. */
        COMPLETED
    }
}
