package fr.passerelle.crm.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What the timeline needs of contacts, which the contacts part owns: which exist, which stand for a person the
 * platform knows, and telling it when staff last interacted with one. Implemented over the contacts part's ports.
 */
public interface TimelineContacts {

    /** A contact of a school. */
    record ContactKey(String schoolId, String contactId) {
    }

    /** The school of a contact that exists (not merged away); empty otherwise. */
    java.util.Optional<String> schoolOf(String contactId);

    /** Those of {@code contactIds} that are contacts of the school (not merged away). */
    Set<String> existing(String schoolId, Collection<String> contactIds);

    /**
     * The school's contacts that point to this learner profile or this platform account (either may be null), for the
     * platform's own events about the person.
     */
    List<ContactKey> linkedTo(String schoolId, String learnerId, String accountSubject);

    /** The contacts, in every school, that point to one of these learner profiles or this account (privacy). */
    List<ContactKey> ofPerson(Collection<String> learnerIds, String accountSubject);

    /** Tells the contact's owner that staff interacted with it at {@code at} (a later time wins). */
    void interactedAt(String schoolId, String contactId, Instant at);
}
