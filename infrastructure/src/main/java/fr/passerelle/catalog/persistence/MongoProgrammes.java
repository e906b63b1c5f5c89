package fr.passerelle.catalog.persistence;

import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.ProgrammeState;
import fr.passerelle.catalog.port.out.Programmes;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoProgrammes extends DocumentStore<Programme, ProgrammeDocument> implements Programmes {

    private final MongoOperations mongo;

    MongoProgrammes(MongoOperations mongo, EventDocumentMapper events, CatalogDocumentMapper mapper) {
        super(mongo, events, ProgrammeDocument.class, "id", mapper::toDomain, mapper::toDocument);
        this.mongo = mongo;
    }

    @Override
    public Page<Programme> page(String schoolId, Set<ProgrammeState> states, Paging paging) {
        return page(Criteria.where("schoolId").is(schoolId).and("state").in(states), "details.title", true, paging,
                document -> document.details().title());
    }

    @Override
    public long countBySchool(String schoolId) {
        return mongo.count(Query.query(Criteria.where("schoolId").is(schoolId)), ProgrammeDocument.class);
    }
}
