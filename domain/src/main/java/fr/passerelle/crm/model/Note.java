package fr.passerelle.crm.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A staff member's note on a contact. Only its author edits it; its author or a school admin deletes it.
 *
 * @param author the author's account
 * @param pinned    shown above the timeline by clients
 * @param deletedAt when it was deleted: its text is gone, the record stays (with the event saying so) as a tombstone
 */
public record Note(String id, String schoolId, String contactId, String text, boolean pinned, String author,
                   Instant createdAt, Instant updatedAt, Instant deletedAt, List<String> mergedFrom, long version)
        implements ContactRecord<Note> {

    public static final int TEXT_LENGTH = 10_000;

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        mergedFrom = mergedFrom == null ? List.of() : List.copyOf(mergedFrom);
    }

    public static Note write(String id, String schoolId, String contactId, String text, boolean pinned,
                             String author, Instant now) {
        return new Note(id, schoolId, contactId, text, pinned, author, now, now, null, List.of(), 0);
    }

    public boolean writtenBy(String subject) {
        return author.equals(subject);
    }

    /** The note with a new text or pin; itself when nothing changes (editing twice is harmless). */
    public Note edited(String newText, Boolean newPinned, Instant now) {
        String text2 = newText == null ? text : newText;
        boolean pinned2 = newPinned == null ? pinned : newPinned;
        return text2.equals(text) && pinned2 == pinned ? this
                : new Note(id, schoolId, contactId, text2, pinned2, author, createdAt, now, deletedAt, mergedFrom,
                version);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** The tombstone: no text left; itself when already deleted. */
    public Note deleted(Instant now) {
        return isDeleted() ? this
                : new Note(id, schoolId, contactId, "", false, author, createdAt, now, now, mergedFrom, version);
    }

    @Override
    public Note movedTo(String survivor) {
        return new Note(id, schoolId, survivor, text, pinned, author, createdAt, updatedAt, deletedAt,
                MergeTrail.push(mergedFrom, contactId), version);
    }

    @Override
    public Note movedBackTo(String mergedContactId) {
        return !cameFrom(mergedContactId) ? this : new Note(id, schoolId, mergedContactId, text, pinned, author,
                createdAt, updatedAt, deletedAt, MergeTrail.pop(mergedFrom), version);
    }
}
