package fr.passerelle.company.persistence;

import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.CompanyFilter;
import fr.passerelle.company.model.CompanyOrderField;
import fr.passerelle.company.model.Siret;
import fr.passerelle.company.port.out.Companies;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import fr.passerelle.shared.persistence.SearchKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoCompanies extends DocumentStore<Company, CompanyDocument> implements Companies {

    MongoCompanies(MongoOperations mongo, EventDocumentMapper events, CompanyDocumentMapper mapper) {
        super(mongo, events, CompanyDocument.class, "siret", mapper::toDomain, mapper::toDocument);
    }


    @Override
    public Optional<Company> findBySiret(Siret siret) {
        return findOne(Query.query(Criteria.where("profile.siret").is(siret.value())));
    }




    @Override
    public Page<Company> search(CompanyFilter filter, Set<String> onlyIds, Sort<CompanyOrderField> sort,
                                Paging paging) {
        List<Criteria> where = new ArrayList<>();
        if (onlyIds != null) {
            where.add(Criteria.where("_id").in(onlyIds));
        }
        if (!filter.kinds().isEmpty()) {
            where.add(Criteria.where("profile.kind").in(filter.kinds()));
        }
        if (!filter.vettingStatuses().isEmpty()) {
            where.add(Criteria.where("vetting.status").in(filter.vettingStatuses()));
        }
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            var fragment = SearchKeys.containing(filter.nameContains());
            where.add(new Criteria().orOperator(Criteria.where("nameKey").regex(fragment),
                    Criteria.where("tradeNameKey").regex(fragment)));
        }
        Criteria criteria = allOf(where);
        return switch (sort.field()) {
            case LEGAL_NAME -> page(criteria, "nameKey", sort.ascending(), paging, CompanyDocument::nameKey);
            case CREATED_AT -> page(criteria, "createdAt", sort.ascending(), paging, CompanyDocument::createdAt);
        };
    }
}
