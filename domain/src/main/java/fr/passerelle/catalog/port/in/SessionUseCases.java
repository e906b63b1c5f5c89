package fr.passerelle.catalog.port.in;

import fr.passerelle.catalog.model.Seat;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A programme's sessions: planned and run by the school's admins and admissions, read by its staff. Trainers must be
 * members of the school with the trainer role.
 */
public interface SessionUseCases {

    Session create(Actor actor, String programmeId, SessionCommand command);

    Session update(Actor actor, String id, SessionCommand command, Long expectedVersion);

    /** Opens enrollment; the programme must be published. */
    Session open(Actor actor, String id, Long expectedVersion);

    Session start(Actor actor, String id, Long expectedVersion);

    Session close(Actor actor, String id, Long expectedVersion);

    /** Cancels it; admissions are told to re-place whoever held a seat or waited. */
    Session cancel(Actor actor, String id, Long expectedVersion);

    Optional<Session> find(Actor actor, String id);

    List<Session> findAll(Actor actor, Collection<String> ids);

    /** A seat or waiting place as staff see it: its 1-based position and the contact's name (null if gone). */
    record Holder(Seat seat, int position, String name) {
    }

    /** Who holds a session's seats and waits, in order. */
    record Holders(List<Holder> seats, List<Holder> waitlist) {

        public static final Holders HIDDEN = new Holders(List.of(), List.of());
    }

    /**
     * Who holds the seats of each session, by session id: for its school's admins and admissions and its own
     * trainers; {@link Holders#HIDDEN} for anyone else. One contact-name read per school.
     */
    Map<String, Holders> holders(Actor actor, Collection<Session> sessions);

    /** The programme's sessions by start date; empty for whoever may not read the programme. */
    Page<Session> ofProgramme(Actor actor, String programmeId, Paging paging);

    /**
     * {@link #ofProgramme}'s first pages for several programmes at once, in a number of reads that does not grow with
     * the number of programmes; an empty page for each programme the actor may not read (or that does not exist).
     */
    Map<String, Page<Session>> firstPagesOfProgrammes(Actor actor, Collection<String> programmeIds, int size);
}
