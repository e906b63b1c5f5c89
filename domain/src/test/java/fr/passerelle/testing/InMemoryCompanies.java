package fr.passerelle.testing;

import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.CompanyFilter;
import fr.passerelle.company.model.CompanyOrderField;
import fr.passerelle.company.model.Siret;
import fr.passerelle.company.port.out.Companies;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Companies} in a map, honouring the port's contract: one company per SIRET, optimistic locking on
 * {@code version}. {@link #search} ignores sort and paging: every match, ordered by id.
 */
public class InMemoryCompanies extends InMemoryStore<Company> implements Companies {

    public InMemoryCompanies() {
        super("siret", company -> company.profile().siret(), (c, version) -> new Company(c.id(), c.profile(), c.sites(),
                c.vetting(), c.workforce(), c.createdBy(), c.createdAt(), c.updatedAt(), version));
    }

    @Override
    public Optional<Company> findBySiret(Siret siret) {
        return byId.values().stream().filter(c -> c.profile().siret().equals(siret)).findFirst();
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


    private static boolean nameContains(Company company, String fragment) {
        String key = InMemorySchools.key(fragment);
        return InMemorySchools.key(company.profile().legalName()).contains(key)
                || (company.profile().tradeName() != null && InMemorySchools.key(company.profile().tradeName()).contains(key));
    }
}
