package fr.passerelle.crm.port.out;

import java.util.List;

/**
 * What the timeline reads of contacts, which the contacts part owns: which exist and in which school, and which stand
 * for a person the platform knows. Implemented over the contacts part's out-ports; changes to contacts (their last
 * interaction) go through its in-port ({@link ContactInteractions}).
 */
public interface TimelineContacts {

    /** A contact of a school. */
    record ContactKey(String schoolId, String contactId) {
    }

    /** The school of a contact that exists (not merged away); empty otherwise. */
    java.util.Optional<String> schoolOf(String contactId);

    /**
     * The school's contacts that point to this learner profile or this platform account (either may be null), for the
     * platform's own events about the person.
     */
    List<ContactKey> linkedTo(String schoolId, String learnerId, String accountSubject);
}
