package fr.passerelle.catalog.service;

import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.ProgrammeState;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.model.SessionState;
import fr.passerelle.catalog.port.in.PublicCatalogue;
import fr.passerelle.catalog.port.out.Programmes;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
        Map<String, List<Session>> open = ids.isEmpty() ? Map.of()
                : sessions.ofProgrammes(ids, Set.of(SessionState.OPEN), ids.size() * SESSIONS_PER_PROGRAMME)
                .stream().collect(Collectors.groupingBy(Session::programmeId));
        return Optional.of(page.map(programme -> new Entry(programme, limited(open.get(programme.id())))));
    }

    private static List<Session> limited(List<Session> sessions) {
        return sessions == null ? List.of()
                : new ArrayList<>(sessions.subList(0, Math.min(sessions.size(), SESSIONS_PER_PROGRAMME)));
    }
}
