package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.Task;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.AggregateStore;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where tasks are kept. */
public interface Tasks extends AggregateStore<Task> {

    /** For each deal among {@code dealIds} with an open task, the open task due first; in one read. */
    Map<String, Task> nextOpenByDeal(Collection<String> dealIds);

    /**
     * One owner's open tasks in these schools due in {@code [from, to)} (either bound may be null), by due time then
     * id.
     */
    Page<Task> pageOpenOfOwner(String ownerSubject, Collection<String> schoolIds, Instant from, Instant to,
                               Paging paging);

    /** The school's tasks about a contact, at most {@code limit}. */
    List<Task> findByContact(String schoolId, String contactId, int limit);

    /** The tasks a merge moved from {@code mergedContactId} to {@code contactId}, at most {@code limit}. */
    List<Task> findMovedFrom(String schoolId, String contactId, String mergedContactId, int limit);
}
