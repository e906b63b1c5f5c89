package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.Pipeline;
import fr.passerelle.crm.port.out.Pipelines;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoPipelines extends DocumentStore<Pipeline, PipelineDocument> implements Pipelines {

    private static final String SCHOOL = "schoolId";

    private final MongoOperations mongo;

    MongoPipelines(MongoOperations mongo, EventDocumentMapper events, CrmDocumentMapper mapper) {
        super(mongo, events, PipelineDocument.class, "_id", mapper::toDomain, mapper::toDocument);
        this.mongo = mongo;
    }

    @Override
    public List<Pipeline> findBySchool(String schoolId, int limit) {
        return find(Query.query(Criteria.where(SCHOOL).is(schoolId)).with(Sort.by("createdAt", "_id")), limit);
    }

    @Override
    public long countBySchool(String schoolId) {
        return mongo.count(Query.query(Criteria.where(SCHOOL).is(schoolId)), PipelineDocument.class);
    }
}
