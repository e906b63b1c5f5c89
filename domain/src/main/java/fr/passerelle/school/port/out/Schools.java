package fr.passerelle.school.port.out;

import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolFilter;
import fr.passerelle.school.model.SchoolOrderField;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stored schools. School names are unique, ignoring case and accents. */
public interface Schools {

    Optional<School> findById(String id);

    List<School> findAllById(Collection<String> ids);

    /** @throws fr.passerelle.shared.error.DuplicateKeyException ("name") when the name is taken */
    School insert(School school);

    /**
     * Stores the school if the stored version is still {@code school.version()}, incrementing it.
     *
     * @throws fr.passerelle.shared.error.ConcurrentUpdateException when it is not
     * @throws fr.passerelle.shared.error.DuplicateKeyException ("name") when the new name is taken
     */
    School update(School school);

    /** @param onlyIds restricts the result to these ids; null means no restriction */
    Page<School> search(SchoolFilter filter, Set<String> onlyIds, Sort<SchoolOrderField> sort, Paging paging);
}
