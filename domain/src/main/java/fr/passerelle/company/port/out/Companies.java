package fr.passerelle.company.port.out;

import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.CompanyFilter;
import fr.passerelle.company.model.CompanyOrderField;
import fr.passerelle.company.model.Siret;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.port.AggregateStore;
import java.util.Optional;
import java.util.Set;

/** Stored companies. A SIRET identifies one establishment, so it is registered once (DuplicateKeyException key "siret"). */
public interface Companies extends AggregateStore<Company> {

    Optional<Company> findBySiret(Siret siret);

    /** @param onlyIds restricts the result to these ids; null means no restriction */
    Page<Company> search(CompanyFilter filter, Set<String> onlyIds, Sort<CompanyOrderField> sort, Paging paging);
}
