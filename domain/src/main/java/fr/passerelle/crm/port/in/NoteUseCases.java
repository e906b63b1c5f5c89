package fr.passerelle.crm.port.in;

import fr.passerelle.crm.model.Note;
import fr.passerelle.membership.model.Actor;
import java.util.Collection;
import java.util.List;

/** Notes staff write on their school's contacts. */
public interface NoteUseCases {

    Note add(Actor actor, String contactId, String text, boolean pinned);

    /** Its author only; a null field is left as it is. */
    Note edit(Actor actor, String noteId, String text, Boolean pinned, Long expectedVersion);

    /** Its author or a school admin; the note's text goes, a tombstone stays. */
    Note delete(Actor actor, String noteId, Long expectedVersion);

    /** The notes (not deleted) among these ids the actor may read. */
    List<Note> findAll(Actor actor, Collection<String> ids);
}
