package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.Task;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Where tasks are kept. */
public interface Tasks extends ContactRecords<Task> {

    /** For each deal among {@code dealIds} with an open task, the open task due first; in one read. */
    Map<String, Task> nextOpenByDeal(Collection<String> dealIds);

    /**
     * One owner's open tasks in these schools due in {@code [from, to)} (either bound may be null), by due time then
     * id.
     */
    Page<Task> pageOpenOfOwner(String ownerSubject, Collection<String> schoolIds, Instant from, Instant to,
                               Paging paging);
}
