package fr.passerelle.catalog.port.out;

import fr.passerelle.catalog.model.OpenSession;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.AggregateStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where sessions, with their seats and waiting lists, are kept. */
public interface Sessions extends AggregateStore<Session> {

    /** A page of the programme's sessions, by start date. */
    Page<Session> page(String programmeId, Paging paging);

    /**
     * The first page of each programme's sessions, by start date, all read at once: what a list of programmes with
     * their sessions needs, in one read whatever the number of programmes. Programmes without sessions map to an
     * empty page.
     */
    Map<String, Page<Session>> firstPagesByProgramme(Collection<String> programmeIds, int size);

    /**
     * Each programme's first {@code size} open sessions by start date, in one read: a programme with many open
     * sessions cannot use up the others' share. Programmes without any are left out. Only counts of seats are read,
     * never the holders.
     */
    Map<String, List<OpenSession>> openByProgramme(Collection<String> programmeIds, int size);

    long countByProgramme(String programmeId);

    /**
     * Up to {@code limit} of the school's sessions where the contact holds a seat or a waiting place (indexed), in no
     * particular order.
     */
    List<Session> findHolding(String schoolId, String contactId, int limit);
}
