package fr.passerelle.crm.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the other CRM parts (deals, tasks, timeline, automations) need to know of contacts they point to, without
 * reading the contacts themselves: whether they exist in a school, and what to call them.
 */
public interface ContactReferences {

    /**
     * The ids among {@code contactIds} of contacts of this school that are active (not merged away): a contact of
     * another school, a missing one and a merged one are all left out alike.
     */
    Set<String> existing(String schoolId, Collection<String> contactIds);

    /** The display names ("Given Family") of the school's contacts among the ids, merged ones included; one read. */
    Map<String, String> displayNames(String schoolId, Collection<String> contactIds);

    /** The display name of one of the school's contacts; empty for another school's or a missing one. */
    default Optional<String> displayName(String schoolId, String contactId) {
        return Optional.ofNullable(displayNames(schoolId, Set.of(contactId)).get(contactId));
    }
}
