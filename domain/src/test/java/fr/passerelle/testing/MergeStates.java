package fr.passerelle.testing;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDetails;
import fr.passerelle.crm.model.ContactSource;
import fr.passerelle.crm.model.MergeRecord;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Contacts in the state a merge follower re-reads: active, or merged into another since some time. */
public final class MergeStates {

    private final InMemoryContacts contacts = new InMemoryContacts();

    public InMemoryContacts contacts() {
        return contacts;
    }

    /** {@code id} active (again), in {@code schoolId}. */
    public MergeStates active(String schoolId, String id) {
        contacts.seed(contact(schoolId, id, null));
        return this;
    }

    /** {@code id} merged into {@code into} at {@code at}. */
    public MergeStates merged(String schoolId, String id, String into, Instant at) {
        MergeRecord.Snapshot nothing = new MergeRecord.Snapshot(details(id), Set.of(), null, Set.of(), List.of(),
                null);
        contacts.seed(contact(schoolId, id, new MergeRecord(into, at, "advisor-1", nothing, nothing)));
        return this;
    }

    private static Contact contact(String schoolId, String id, MergeRecord merge) {
        Contact contact = Contact.create(id, schoolId, details(id), Set.of(), null, Set.of(), null, Instant.EPOCH);
        return merge == null ? contact : contact.withMerge(merge, merge.at());
    }

    private static ContactDetails details(String id) {
        return new ContactDetails("Given", id, null, "+3361000" + Math.abs(id.hashCode() % 10000), null, null, null,
                ContactSource.OTHER, null, null);
    }
}
