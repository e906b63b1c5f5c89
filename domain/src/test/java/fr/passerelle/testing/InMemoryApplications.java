package fr.passerelle.testing;

import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationOrderField;
import fr.passerelle.internship.model.ApplicationScope;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.internship.port.out.Applications;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@link Applications} in a map; one application per learner and offer (DuplicateKeyException key {@code offerId}).
 * Lists honour the whole scope and list newest first; paging takes the first {@code paging.size()} matches, every
 * keyset carrying the id.
 */
public class InMemoryApplications extends InMemoryStore<Application> implements Applications {

    public InMemoryApplications() {
        super("offerId", a -> a.offerId() + "/" + a.learnerId(), (a, version) -> new Application(a.id(), a.offerId(),
                a.companyId(), a.learnerId(), a.learnerSubject(), a.schoolId(), a.termsVersion(), a.message(),
                a.sharedParts(), a.status(), a.history(), a.interview(), a.createdAt(), a.updatedAt(), version));
    }

    @Override
    public Optional<Application> findByOfferAndLearner(String offerId, String learnerId) {
        return byId.values().stream().filter(a -> a.offerId().equals(offerId) && a.learnerId().equals(learnerId))
                .findFirst();
    }

    @Override
    public List<Application> findByLearner(String learnerId, Set<ApplicationStatus> statuses, int limit) {
        return byId.values().stream().filter(a -> a.learnerId().equals(learnerId))
                .filter(a -> statuses.contains(a.status())).limit(limit).toList();
    }

    @Override
    public List<Application> findByOffer(String offerId, Set<ApplicationStatus> statuses, int limit) {
        return byId.values().stream().filter(a -> a.offerId().equals(offerId))
                .filter(a -> statuses.contains(a.status())).limit(limit).toList();
    }

    @Override
    public Page<Application> search(ApplicationScope scope, Sort<ApplicationOrderField> sort, Paging paging) {
        List<Application> found = inScope(scope).toList();
        List<Application> page = found.stream().limit(paging.size()).toList();
        return new Page<>(page, page.stream().map(a -> new Keyset(a.id(), a.id())).toList(),
                found.size() > paging.size(), false);
    }

    @Override
    public Map<String, Page<Application>> firstPagesByOffer(Collection<String> offerIds, ApplicationScope scope,
                                                            int size) {
        Map<String, Page<Application>> pages = new LinkedHashMap<>();
        offerIds.forEach(id -> pages.put(id, search(scope.forOffer(id), null, Paging.first(size, null))));
        return pages;
    }

    private Stream<Application> inScope(ApplicationScope scope) {
        var visible = scope.visibleTo();
        return byId.values().stream()
                .filter(a -> scope.offerId() == null || scope.offerId().equals(a.offerId()))
                .filter(a -> scope.learnerId() == null || scope.learnerId().equals(a.learnerId()))
                .filter(a -> scope.schoolId() == null || scope.schoolId().equals(a.schoolId()))
                .filter(a -> scope.statuses().isEmpty() || scope.statuses().contains(a.status()))
                .filter(a -> visible == null || a.learnerSubject().equals(visible.learnerSubject())
                        || visible.companyIds().contains(a.companyId())
                        || (a.schoolId() != null && visible.schoolIds().contains(a.schoolId())))
                .sorted(Comparator.comparing(Application::createdAt).reversed().thenComparing(Application::id));
    }
}
