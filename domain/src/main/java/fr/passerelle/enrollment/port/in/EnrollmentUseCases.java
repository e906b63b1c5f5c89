package fr.passerelle.enrollment.port.in;

import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEndReason;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The enrollment's path, as people walk it (see {@link fr.passerelle.enrollment.service.EnrollmentAccess} for who
 * may). Every transition asked for again once done answers the enrollment as it is, whatever {@code expectedVersion}
 * says: a retried request gets its answer, not a stale-version error.
 */
public interface EnrollmentUseCases {

    /**
     * An enrollment of a contact of the school in one of its open sessions (admins, admissions): a seat, or the end of
     * the waiting list, is reserved first. One per contact and session: asking again answers the existing one while it
     * is alive; once it ended (cancelled…), a new one is refused ({@code DUPLICATE} on {@code sessionId}).
     */
    Enrollment create(Actor actor, CreateCommand command);

    /** @param minor null is read as not a minor */
    record CreateCommand(String sessionId, String contactId, ContactSituation situation, Boolean minor) {
    }

    /** The dossier is handed in (staff, or the learner for their own). */
    Enrollment submit(Actor actor, String id, Long expectedVersion);

    /** Staff end it before the training; its seat goes to the first one waiting. */
    Enrollment cancel(Actor actor, String id, EnrollmentEndReason reason, Long expectedVersion);

    /** Staff end it during the training; its seat is freed. */
    Enrollment abandon(Actor actor, String id, EnrollmentEndReason reason, Long expectedVersion);

    /** The learner withdraws during the legal withdrawal period; its seat is freed. */
    Enrollment withdraw(Actor actor, String id, Long expectedVersion);

    /** Staff start the training of a confirmed enrollment (the session's start does it too). */
    Enrollment startTraining(Actor actor, String id, Long expectedVersion);

    Enrollment complete(Actor actor, String id, Long expectedVersion);

    /** The enrollment if the actor may read it; another school's and a missing one are both empty. */
    Optional<Enrollment> find(Actor actor, String id);

    /** Those among the ids the actor may read. */
    List<Enrollment> findAll(Actor actor, Collection<String> ids);

    /**
     * A school's enrollments, most recently changed first, for its staff readers (admins, admissions, finance); an
     * empty page for anyone else. With a {@code state} by that state, with a {@code sessionId} that session's, by
     * creation.
     */
    Page<Enrollment> ofSchool(Actor actor, String schoolId, EnrollmentState state, String sessionId, Paging paging);

    /** The actor's own enrollments (as the learner), by creation. */
    Page<Enrollment> mine(Actor actor, Paging paging);

    /**
     * The first page of several sessions' enrollments, by creation, in one read; an empty page for each session whose
     * school's enrollments the actor may not read.
     */
    Map<String, Page<Enrollment>> firstPagesOfSessions(Actor actor, Collection<String> sessionIds, int size);

    /**
     * The session of each enrollment the actor may read, by enrollment id: the learner sees their own session's
     * dates (without its holders) although the school's catalogue is not theirs to read. One read.
     */
    Map<String, Session> sessionsOf(Actor actor, Collection<Enrollment> of);

    /** The programme of each enrollment the actor may read, by enrollment id (as {@link #sessionsOf}). One read. */
    Map<String, Programme> programmesOf(Actor actor, Collection<Enrollment> of);
}
