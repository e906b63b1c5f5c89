package fr.passerelle.catalog.port.in;

import fr.passerelle.catalog.model.Session;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Collection;
import java.util.List;
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

    /** The programme's sessions by start date; empty for whoever may not read the programme. */
    Page<Session> ofProgramme(Actor actor, String programmeId, Paging paging);
}
