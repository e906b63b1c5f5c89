package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.ContactRecord;
import fr.passerelle.shared.port.AggregateStore;
import java.util.List;

/** What every store of records filed on contacts offers, so merges move them all the same way. */
public interface ContactRecords<T extends ContactRecord<T>> extends AggregateStore<T> {

    /** Up to {@code limit} records filed on the contact, deleted ones included (a tombstone moves with the rest). */
    List<T> findByContact(String schoolId, String contactId, int limit);

    /**
     * Up to {@code limit} records on {@code survivorId} whose trail names {@code mergedContactId}, by id, those with an
     * id after {@code afterId} (null: from the first). The adapter may return some whose latest move came from
     * elsewhere, which callers skip ({@link ContactRecord#cameFrom}) and page past with {@code afterId}.
     */
    List<T> findMergedFrom(String schoolId, String survivorId, String mergedContactId, String afterId, int limit);
}
