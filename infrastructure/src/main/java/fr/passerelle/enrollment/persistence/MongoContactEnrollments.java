package fr.passerelle.enrollment.persistence;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.port.out.ContactEnrollments;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Reads a contact's enrollments on the {@code by_contact} index, page after page. */
@Repository
class MongoContactEnrollments implements ContactEnrollments {

    private static final String CONTACT = "contactId";
    private static final String CREATED = "createdAt";
    private static final String ID = "_id";

    private final MongoOperations mongo;
    private final EnrollmentDocumentMapper mapper;

    MongoContactEnrollments(MongoOperations mongo, EnrollmentDocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    /** In the {@code by_contact} index's order (contact, creation, id), so nothing is sorted in memory. */
    @Override
    public List<Enrollment> findByContact(String schoolId, String contactId, String afterId, int limit) {
        Criteria criteria = Criteria.where(CONTACT).is(contactId).and("schoolId").is(schoolId);
        EnrollmentDocument after = afterId == null ? null : mongo.findById(afterId, EnrollmentDocument.class);
        if (after != null) {
            criteria = criteria.orOperator(Criteria.where(CREATED).gt(after.createdAt()),
                    Criteria.where(CREATED).is(after.createdAt()).and(ID).gt(after.id()));
        }
        Query query = Query.query(criteria).with(Sort.by(CONTACT, CREATED, ID)).limit(limit);
        return mongo.find(query, EnrollmentDocument.class).stream().map(mapper::toDomain).toList();
    }
}
