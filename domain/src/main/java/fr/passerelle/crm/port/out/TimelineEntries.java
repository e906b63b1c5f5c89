package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.TimelineEntry;
import fr.passerelle.crm.model.TimelineEntryKind;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Set;

/**
 * The timeline read model: one document per entry, listed per contact, newest first (ties by id), through an index
 * on (school, contact, time, id) so every page costs one indexed read whatever its size or the contact's history.
 */
public interface TimelineEntries {

    /** Stores the entry unless one with its id exists: recording an entry twice is recording it once. */
    void record(TimelineEntry entry);

    /** Removes the entry, if it exists. */
    void remove(String entryId);

    /** The contact's entries of these kinds, newest first; the keysets carry the entry's time. */
    Page<TimelineEntry> page(String schoolId, String contactId, Set<TimelineEntryKind> kinds, Paging paging);

    /** Files every entry of {@code mergedContactId} on {@code survivorId}, extending their trail. Returns how many. */
    int moveAll(String schoolId, String mergedContactId, String survivorId);

    /** Undoes {@link #moveAll}: the survivor's entries whose latest move came from {@code mergedContactId} go back. */
    int moveBack(String schoolId, String survivorId, String mergedContactId);
}
