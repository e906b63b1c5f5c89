package fr.passerelle.catalog.port.out;

import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.ProgrammeState;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.AggregateStore;
import java.util.Set;

/** Where programmes are kept. */
public interface Programmes extends AggregateStore<Programme> {

    /** A page of the school's programmes in these states, by title. */
    Page<Programme> page(String schoolId, Set<ProgrammeState> states, Paging paging);

    long countBySchool(String schoolId);
}
