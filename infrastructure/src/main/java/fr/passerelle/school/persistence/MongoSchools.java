package fr.passerelle.school.persistence;

import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolFilter;
import fr.passerelle.school.model.SchoolOrderField;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import fr.passerelle.shared.persistence.SearchKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

@Repository
class MongoSchools extends DocumentStore<School, SchoolDocument> implements Schools {

    MongoSchools(MongoOperations mongo, EventDocumentMapper events, SchoolDocumentMapper mapper) {
        super(mongo, events, SchoolDocument.class, "name", mapper::toDomain, mapper::toDocument);
    }

    @Override
    public Page<School> search(SchoolFilter filter, Set<String> onlyIds, Sort<SchoolOrderField> sort, Paging paging) {
        List<Criteria> where = new ArrayList<>();
        if (onlyIds != null) {
            where.add(Criteria.where("_id").in(onlyIds));
        }
        if (!filter.kinds().isEmpty()) {
            where.add(Criteria.where("profile.kind").in(filter.kinds()));
        }
        if (!filter.tiers().isEmpty()) {
            where.add(Criteria.where("tier").in(filter.tiers()));
        }
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            where.add(Criteria.where("nameKey").regex(SearchKeys.containing(filter.nameContains())));
        }
        Criteria criteria = allOf(where);
        return switch (sort.field()) {
            case NAME -> page(criteria, "nameKey", sort.ascending(), paging, SchoolDocument::nameKey);
            case CREATED_AT -> page(criteria, "createdAt", sort.ascending(), paging, SchoolDocument::createdAt);
        };
    }
}
