package fr.passerelle.school.port.out;

import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolFilter;
import fr.passerelle.school.model.SchoolOrderField;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.port.AggregateStore;
import java.util.Set;

/** Stored schools. School names are unique, ignoring case and accents (DuplicateKeyException key "name"). */
public interface Schools extends AggregateStore<School> {

    /** @param onlyIds restricts the result to these ids; null means no restriction */
    Page<School> search(SchoolFilter filter, Set<String> onlyIds, Sort<SchoolOrderField> sort, Paging paging);
}
