package fr.passerelle.catalog.service;

import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.ProgrammeState;
import fr.passerelle.catalog.model.OpenSession;
import fr.passerelle.catalog.port.in.PublicCatalogue;
import fr.passerelle.catalog.port.out.Programmes;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The public catalogue: three reads per page whatever its size (the school, a page of published programmes, their
 * open sessions).
 */
public class PublicCatalogueService implements PublicCatalogue {

    private final Schools schools;
    private final Programmes programmes;
    private final Sessions sessions;

    public PublicCatalogueService(Schools schools, Programmes programmes, Sessions sessions) {
        this.schools = schools;
        this.programmes = programmes;
        this.sessions = sessions;
    }

    @Override
    public Optional<Page<Entry>> of(String schoolId, Paging paging) {
        if (schools.findById(schoolId).isEmpty()) {
            return Optional.empty();
        }
        Page<Programme> page = programmes.page(schoolId,
                Set.of(ProgrammeState.PUBLISHED), paging);
        List<String> ids = page.items().stream().map(Programme::id).toList();
        Map<String, List<OpenSession>> open = sessions.openByProgramme(ids, SESSIONS_PER_PROGRAMME);
        return Optional.of(page.map(programme -> new Entry(programme,
                open.getOrDefault(programme.id(), List.of()))));
    }
}
