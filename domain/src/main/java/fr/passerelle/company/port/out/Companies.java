package fr.passerelle.company.port.out;

import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.CompanyFilter;
import fr.passerelle.company.model.CompanyOrderField;
import fr.passerelle.company.model.Siret;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stored companies. A SIRET identifies one establishment, so it is registered once. */
public interface Companies {

    Optional<Company> findById(String id);

    Optional<Company> findBySiret(Siret siret);

    List<Company> findAllById(Collection<String> ids);

    /** @throws fr.passerelle.shared.error.DuplicateKeyException ("siret") when the SIRET is taken */
    Company insert(Company company);

    /**
     * Stores the company if the stored version is still {@code company.version()}, incrementing it.
     *
     * @throws fr.passerelle.shared.error.ConcurrentUpdateException when it is not
     * @throws fr.passerelle.shared.error.DuplicateKeyException ("siret") when the new SIRET is taken
     */
    Company update(Company company);

    /** @param onlyIds restricts the result to these ids; null means no restriction */
    Page<Company> search(CompanyFilter filter, Set<String> onlyIds, Sort<CompanyOrderField> sort, Paging paging);
}
