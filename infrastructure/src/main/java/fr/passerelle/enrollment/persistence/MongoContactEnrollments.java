package fr.passerelle.enrollment.persistence;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.port.out.ContactEnrollments;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Reads a contact's enrollments on the {@code by_contact} index, page after page by id. */
@Repository
class MongoContactEnrollments implements ContactEnrollments {

    private final MongoOperations mongo;
    private final EnrollmentDocumentMapper mapper;

    MongoContactEnrollments(MongoOperations mongo, EnrollmentDocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    @Override
    public List<Enrollment> findByContact(String schoolId, String contactId, String afterId, int limit) {
        Criteria criteria = Criteria.where("contactId").is(contactId).and("schoolId").is(schoolId);
        if (afterId != null) {
            criteria = criteria.and("_id").gt(afterId);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("_id")).limit(limit), EnrollmentDocument.class)
                .stream().map(mapper::toDomain).toList();
    }
}
