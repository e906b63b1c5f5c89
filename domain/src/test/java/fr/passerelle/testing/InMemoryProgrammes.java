package fr.passerelle.testing;

import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.ProgrammeState;
import fr.passerelle.catalog.port.out.Programmes;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** {@link Programmes} in a map. Paging takes the first {@code paging.size()} by title (cursors are the adapter's). */
public class InMemoryProgrammes extends InMemoryStore<Programme> implements Programmes {

    public InMemoryProgrammes() {
        super("id", Programme::id, (p, version) -> new Programme(p.id(), p.schoolId(), p.details(), p.state(),
                p.results(), p.createdBy(), p.createdAt(), p.updatedAt(), p.publishedAt(), version));
    }

    @Override
    public Page<Programme> page(String schoolId, Set<ProgrammeState> states, Paging paging) {
        List<Programme> found = byId.values().stream()
                .filter(p -> p.schoolId().equals(schoolId) && states.contains(p.state()))
                .sorted(Comparator.comparing((Programme p) -> p.details().title()).thenComparing(Programme::id))
                .toList();
        List<Programme> page = found.stream().limit(paging.size()).toList();
        return new Page<>(page, page.stream().map(p -> new Keyset(p.details().title(), p.id())).toList(),
                found.size() > paging.size(), false);
    }

    @Override
    public long countBySchool(String schoolId) {
        return byId.values().stream().filter(p -> p.schoolId().equals(schoolId)).count();
    }
}
