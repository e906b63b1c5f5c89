package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.ContactRecord;
import fr.passerelle.shared.port.AggregateStore;
import java.util.List;

/** What every store of records filed on contacts offers, so merges move them all the same way. */
public interface ContactRecords<T extends ContactRecord<T>> extends AggregateStore<T> {

    /** Up to {@code limit} records filed on the contact, deleted ones included (a tombstone moves with the rest). */
    List<T> findByContact(String schoolId, String contactId, int limit);

    /**
     * Up to {@code limit} records on {@code survivorId} whose trail names {@code mergedContactId} (the adapter may
     * return some whose latest move came from elsewhere: callers check {@link ContactRecord#cameFrom}).
     */
    List<T> findMergedFrom(String schoolId, String survivorId, String mergedContactId, int limit);
}
