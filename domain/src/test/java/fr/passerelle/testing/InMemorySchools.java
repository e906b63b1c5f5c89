package fr.passerelle.testing;

import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolFilter;
import fr.passerelle.school.model.SchoolOrderField;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link Schools} in a map, honouring the port's contract: names unique ignoring case and accents, optimistic
 * locking on {@code version}. {@link #search} ignores sort and paging: every match, ordered by id.
 */
public class InMemorySchools implements Schools {

    private final Map<String, School> byId = new TreeMap<>();

    @Override
    public Optional<School> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<School> findAllById(Collection<String> ids) {
        return ids.stream().distinct().map(byId::get).filter(s -> s != null).toList();
    }

    @Override
    public School insert(School school) {
        if (byId.containsKey(school.id()) || nameTaken(school)) {
            throw new DuplicateKeyException("name");
        }
        byId.put(school.id(), school);
        return school;
    }

    @Override
    public School update(School school) {
        School stored = byId.get(school.id());
        if (stored == null || stored.version() != school.version()) {
            throw new ConcurrentUpdateException("School", school.id());
        }
        if (nameTaken(school)) {
            throw new DuplicateKeyException("name");
        }
        School saved = new School(school.id(), school.profile(), school.tier(), school.programs(), school.createdBy(),
                school.createdAt(), school.updatedAt(), school.version() + 1);
        byId.put(saved.id(), saved);
        return saved;
    }

    @Override
    public Page<School> search(SchoolFilter filter, Set<String> onlyIds, Sort<SchoolOrderField> sort, Paging paging) {
        List<School> matches = byId.values().stream()
                .filter(s -> onlyIds == null || onlyIds.contains(s.id()))
                .filter(s -> filter.kinds().isEmpty() || filter.kinds().contains(s.profile().kind()))
                .filter(s -> filter.tiers().isEmpty() || filter.tiers().contains(s.tier()))
                .filter(s -> filter.nameContains() == null
                        || key(s.profile().name()).contains(key(filter.nameContains())))
                .toList();
        return new Page<>(matches, matches.stream().map(s -> new Keyset(s.id(), s.id())).toList(), false, false);
    }

    public int size() {
        return byId.size();
    }

    private boolean nameTaken(School school) {
        String name = key(school.profile().name());
        return byId.values().stream().anyMatch(s -> !s.id().equals(school.id()) && key(s.profile().name()).equals(name));
    }

    /** Case- and accent-insensitive form of a name. */
    static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
