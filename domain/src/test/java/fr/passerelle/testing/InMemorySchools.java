package fr.passerelle.testing;

import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolFilter;
import fr.passerelle.school.model.SchoolOrderField;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@link Schools} in a map, honouring the port's contract: names unique ignoring case and accents, optimistic
 * locking on {@code version}. {@link #search} ignores sort and paging: every match, ordered by id.
 */
public class InMemorySchools extends InMemoryStore<School> implements Schools {

    public InMemorySchools() {
        super("name", school -> key(school.profile().name()), (s, version) -> new School(s.id(), s.profile(), s.tier(),
                s.programs(), s.createdBy(), s.createdAt(), s.updatedAt(), version));
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


    /** Case- and accent-insensitive form of a name. */
    static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
