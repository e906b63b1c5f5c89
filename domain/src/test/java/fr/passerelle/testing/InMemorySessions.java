package fr.passerelle.testing;

import fr.passerelle.catalog.model.OpenSession;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.model.SessionState;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@link Sessions} in a map. Paging takes the first {@code paging.size()} by start date then id (cursors are the
 * adapter's); the programmes {@link #firstPagesByProgramme} was asked for are kept, to show whose sessions a use case
 * read.
 */
public class InMemorySessions extends InMemoryStore<Session> implements Sessions {

    private final List<String> firstPagesAskedFor = new ArrayList<>();

    public InMemorySessions() {
        super("id", Session::id, (s, version) -> new Session(s.id(), s.schoolId(), s.programmeId(), s.details(),
                s.state(), s.seats(), s.waitlist(), s.createdBy(), s.createdAt(), s.updatedAt(), version));
    }

    @Override
    public Page<Session> page(String programmeId, Paging paging) {
        List<Session> found = byStart(ofProgramme(programmeId)).toList();
        List<Session> page = found.stream().limit(paging.size()).toList();
        return new Page<>(page, page.stream().map(s -> new Keyset(s.details().dates().start().toString(), s.id()))
                .toList(), found.size() > paging.size(), false);
    }

    @Override
    public Map<String, Page<Session>> firstPagesByProgramme(Collection<String> programmeIds, int size) {
        firstPagesAskedFor.addAll(programmeIds);
        Map<String, Page<Session>> pages = new HashMap<>();
        programmeIds.forEach(id -> pages.put(id, page(id, Paging.first(size, null))));
        return pages;
    }

    @Override
    public Map<String, List<OpenSession>> openByProgramme(Collection<String> programmeIds, int size) {
        Map<String, List<OpenSession>> open = new HashMap<>();
        programmeIds.forEach(id -> {
            List<OpenSession> first = byStart(ofProgramme(id).filter(s -> s.state() == SessionState.OPEN))
                    .limit(size).map(OpenSession::of).toList();
            if (!first.isEmpty()) {
                open.put(id, first);
            }
        });
        return open;
    }

    @Override
    public long countByProgramme(String programmeId) {
        return ofProgramme(programmeId).count();
    }

    @Override
    public List<Session> findHolding(String schoolId, String contactId, int limit) {
        return byId.values().stream().filter(s -> s.schoolId().equals(schoolId)
                        && Stream.concat(s.seats().stream(), s.waitlist().stream())
                        .anyMatch(seat -> seat.contactId().equals(contactId)))
                .sorted(Comparator.comparing(Session::id)).limit(limit).toList();
    }

    /** Every programme id {@link #firstPagesByProgramme} was asked for, in order. */
    public List<String> firstPagesAskedFor() {
        return List.copyOf(firstPagesAskedFor);
    }

    private Stream<Session> ofProgramme(String programmeId) {
        return byId.values().stream().filter(s -> s.programmeId().equals(programmeId));
    }

    private static Stream<Session> byStart(Stream<Session> sessions) {
        return sessions.sorted(Comparator.comparing((Session s) -> s.details().dates().start())
                .thenComparing(Session::id));
    }
}
