package fr.passerelle.testing;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.port.out.ContactEnrollments;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * {@link Enrollments} in a map; pages are the first {@code paging.size()} by creation, newest first. Also the
 * by-contact read contact merges use.
 */
public class InMemoryEnrollments extends InMemoryStore<Enrollment> implements Enrollments, ContactEnrollments {

    public InMemoryEnrollments() {
        super("id", Enrollment::id, (e, version) -> new Enrollment(e.id(), e.schoolId(), e.programmeId(),
                e.sessionId(), e.contactId(), e.learnerSubject(), e.learnerId(), e.applicant(), e.seated(), e.state(),
                e.withdrawalEndsOn(), e.endReason(), e.history(), e.createdBy(), e.createdAt(), e.updatedAt(),
                version));
    }

    @Override
    public Page<Enrollment> ofSchool(String schoolId, EnrollmentState state, String sessionId, Paging paging) {
        return page(e -> e.schoolId().equals(schoolId) && (state == null || e.state() == state)
                && (sessionId == null || e.sessionId().equals(sessionId)), paging.size());
    }

    @Override
    public Page<Enrollment> ofLearner(String learnerSubject, Paging paging) {
        return page(e -> Objects.equals(e.learnerSubject(), learnerSubject), paging.size());
    }

    @Override
    public Map<String, Page<Enrollment>> firstPagesBySession(Collection<String> sessionIds, int size) {
        Map<String, Page<Enrollment>> pages = new HashMap<>();
        sessionIds.forEach(id -> pages.put(id, page(e -> e.sessionId().equals(id), size)));
        return pages;
    }

    @Override
    public List<Enrollment> ofSessionInState(String sessionId, EnrollmentState state, int limit) {
        return byId.values().stream().filter(e -> e.sessionId().equals(sessionId) && e.state() == state)
                .limit(limit).toList();
    }

    @Override
    public List<Enrollment> findByContact(String schoolId, String contactId, String afterId, int limit) {
        Comparator<Enrollment> order = Comparator.comparing(Enrollment::createdAt).thenComparing(Enrollment::id);
        Enrollment after = afterId == null ? null : byId.get(afterId);
        return byId.values().stream().filter(e -> e.schoolId().equals(schoolId) && e.contactId().equals(contactId)
                        && (after == null || order.compare(e, after) > 0))
                .sorted(order).limit(limit).toList();
    }

    private Page<Enrollment> page(Predicate<Enrollment> filter, int size) {
        List<Enrollment> found = byId.values().stream().filter(filter)
                .sorted(Comparator.comparing(Enrollment::createdAt).reversed()).toList();
        List<Enrollment> page = found.stream().limit(size).toList();
        return new Page<>(page, page.stream().map(e -> new Keyset(e.createdAt().toString(), e.id())).toList(),
                found.size() > size, false);
    }
}
