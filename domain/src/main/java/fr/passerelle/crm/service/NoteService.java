package fr.passerelle.crm.service;

import fr.passerelle.crm.model.CrmTimelineEvents;
import fr.passerelle.crm.model.Note;
import fr.passerelle.crm.model.TimelineEntry;
import fr.passerelle.crm.model.TimelineEntryKind;
import fr.passerelle.crm.port.in.NoteUseCases;
import fr.passerelle.crm.port.out.Notes;
import fr.passerelle.crm.port.out.TimelineContacts;
import fr.passerelle.crm.port.out.TimelineEntries;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.TextKind;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Writes, edits and deletes notes: any CRM worker writes one, its author edits it, its author or a school admin
 * deletes it.
 */
public class NoteService implements NoteUseCases {

    private static final String TYPE = "Note";

    private final Notes notes;
    private final TimelineEntries timeline;
    private final ContactScope scope;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public NoteService(Notes notes, TimelineEntries timeline, TimelineContacts contacts, IdGenerator ids,
                       EventFactory events, Clock clock) {
        this.notes = notes;
        this.timeline = timeline;
        this.scope = new ContactScope(contacts);
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Note add(Actor actor, String contactId, String text, boolean pinned) {
        String schoolId = scope.workable(actor, contactId);
        Checks checks = new Checks();
        String clean = checks.text("text", text, Note.TEXT_LENGTH, TextKind.PROSE);
        checks.throwIfAny();
        Note note = Note.write(ids.newId(), schoolId, contactId, clean, pinned, actor.subject(), clock.instant());
        Note stored = notes.insert(note, events.created(CrmTimelineEvents.NOTE_ADDED,
                actor.initiatorFor(Tenant.school(schoolId)), note, CrmTimelineEvents.attributesOf(note)));
        timeline.record(TimelineProjector.entryOf(stored));
        return stored;
    }

    @Override
    public Note edit(Actor actor, String noteId, String text, Boolean pinned, Long expectedVersion) {
        Checks checks = new Checks();
        String clean = text == null ? null : checks.text("text", text, Note.TEXT_LENGTH, TextKind.PROSE);
        checks.throwIfAny();
        return versioned(actor, noteId, CrmTimelineEvents.NOTE_EDITED, (who, note) -> note.writtenBy(who.subject()))
                .apply(expectedVersion, note -> note.edited(clean, pinned, clock.instant()));
    }

    @Override
    public Note delete(Actor actor, String noteId, Long expectedVersion) {
        Note deleted = versioned(actor, noteId, CrmTimelineEvents.NOTE_DELETED, (who, note) ->
                note.writtenBy(who.subject()) || who.manages(Tenant.school(note.schoolId())))
                .apply(expectedVersion, note -> note.deleted(clock.instant()));
        timeline.remove(TimelineEntry.keyOf(TimelineEntryKind.NOTE, deleted.id()));
        return deleted;
    }

    @Override
    public List<Note> findAll(Actor actor, Collection<String> ids) {
        return ContactScope.personalAmong(actor, notes.findAllById(ids)).stream().filter(n -> !n.isDeleted()).toList();
    }

    /** A change by a CRM worker of the note's school whom {@code allowed} lets make it; a deleted note is missing. */
    private VersionedChange<Note> versioned(Actor actor, String noteId, String eventType,
                                            BiPredicate<Actor, Note> allowed) {
        return new VersionedChange<>(() -> {
            Note note = notes.findById(noteId).filter(n -> !n.isDeleted())
                    .filter(n -> CrmAccess.mayRead(actor, n.schoolId()))
                    .orElseThrow(() -> new NotFoundException(TYPE, noteId));
            CrmAccess.requireWork(actor, note.schoolId());
            if (!allowed.test(actor, note)) {
                throw new ForbiddenException("error.forbidden.note");
            }
            return note;
        }, Note::version, (before, after) -> notes.update(after, events.changed(eventType,
                actor.initiatorFor(Tenant.school(after.schoolId())), before, after,
                CrmTimelineEvents.attributesOf(after))));
    }
}
