package fr.passerelle.testing;

import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.CompanyFilter;
import fr.passerelle.company.model.CompanyOrderField;
import fr.passerelle.company.model.Siret;
import fr.passerelle.company.port.out.Companies;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link Companies} in a map, honouring the port's contract: one company per SIRET, optimistic locking on
 * {@code version}. {@link #search} ignores sort and paging: every match, ordered by id.
 */
public class InMemoryCompanies implements Companies {

    private final Map<String, Company> byId = new TreeMap<>();

    @Override
    public Optional<Company> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Company> findBySiret(Siret siret) {
        return byId.values().stream().filter(c -> c.profile().siret().equals(siret)).findFirst();
    }

    @Override
    public List<Company> findAllById(Collection<String> ids) {
        return ids.stream().distinct().map(byId::get).filter(c -> c != null).toList();
    }

    @Override
    public Company insert(Company company) {
        if (byId.containsKey(company.id()) || siretTaken(company)) {
            throw new DuplicateKeyException("siret");
        }
        byId.put(company.id(), company);
        return company;
    }

    @Override
    public Company update(Company company) {
        Company stored = byId.get(company.id());
        if (stored == null || stored.version() != company.version()) {
            throw new ConcurrentUpdateException("Company", company.id());
        }
        if (siretTaken(company)) {
            throw new DuplicateKeyException("siret");
        }
        Company saved = new Company(company.id(), company.profile(), company.sites(), company.vetting(),
                company.createdBy(), company.createdAt(), company.updatedAt(), company.version() + 1);
        byId.put(saved.id(), saved);
        return saved;
    }

    @Override
    public Page<Company> search(CompanyFilter filter, Set<String> onlyIds, Sort<CompanyOrderField> sort, Paging paging) {
        List<Company> matches = byId.values().stream()
                .filter(c -> onlyIds == null || onlyIds.contains(c.id()))
                .filter(c -> filter.kinds().isEmpty() || filter.kinds().contains(c.profile().kind()))
                .filter(c -> filter.vettingStatuses().isEmpty() || filter.vettingStatuses().contains(c.vetting().status()))
                .filter(c -> filter.nameContains() == null || nameContains(c, filter.nameContains()))
                .toList();
        return new Page<>(matches, matches.stream().map(c -> new Keyset(c.id(), c.id())).toList(), false, false);
    }

    public int size() {
        return byId.size();
    }

    private boolean siretTaken(Company company) {
        return byId.values().stream()
                .anyMatch(c -> !c.id().equals(company.id()) && c.profile().siret().equals(company.profile().siret()));
    }

    private static boolean nameContains(Company company, String fragment) {
        String key = InMemorySchools.key(fragment);
        return InMemorySchools.key(company.profile().legalName()).contains(key)
                || (company.profile().tradeName() != null && InMemorySchools.key(company.profile().tradeName()).contains(key));
    }
}
