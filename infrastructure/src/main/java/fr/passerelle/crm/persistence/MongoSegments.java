package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.Segment;
import fr.passerelle.crm.port.out.Segments;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoSegments extends DocumentStore<Segment, SegmentDocument> implements Segments {

    private final MongoOperations mongo;

    MongoSegments(MongoOperations mongo, EventDocumentMapper events, SegmentDocumentMapper mapper) {
        super(mongo, events, SegmentDocument.class, "id", mapper::toDomain, mapper::toDocument);
        this.mongo = mongo;
    }

    @Override
    public List<Segment> findBySchool(String schoolId, int limit) {
        return find(Query.query(live(schoolId)).with(Sort.by("name", "_id")), limit);
    }

    @Override
    public long countBySchool(String schoolId) {
        return mongo.count(Query.query(live(schoolId)), SegmentDocument.class);
    }

    private static Criteria live(String schoolId) {
        return Criteria.where("schoolId").is(schoolId).and("deletedAt").is(null);
    }
}
