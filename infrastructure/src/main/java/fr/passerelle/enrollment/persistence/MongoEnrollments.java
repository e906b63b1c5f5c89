package fr.passerelle.enrollment.persistence;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Enrollments; every list is by creation, newest first, on the indexes {@link EnrollmentDocument} declares. */
@Repository
class MongoEnrollments extends DocumentStore<Enrollment, EnrollmentDocument> implements Enrollments {

    private static final String CREATED = "createdAt";
    private static final String SESSION = "sessionId";
    private static final String STATE = "state";

    MongoEnrollments(MongoOperations mongo, EventDocumentMapper events, EnrollmentDocumentMapper mapper) {
        super(mongo, events, EnrollmentDocument.class, "id", mapper::toDomain, mapper::toDocument);
    }

    @Override
    public Page<Enrollment> ofSchool(String schoolId, EnrollmentState state, String sessionId, Paging paging) {
        List<Criteria> filter = new ArrayList<>(List.of(Criteria.where("schoolId").is(schoolId)));
        if (state != null) {
            filter.add(Criteria.where(STATE).is(state.name()));
        }
        if (sessionId != null) {
            filter.add(Criteria.where(SESSION).is(sessionId));
        }
        return page(allOf(filter), CREATED, false, paging, EnrollmentDocument::createdAt);
    }

    @Override
    public Page<Enrollment> ofLearner(String learnerSubject, Paging paging) {
        return page(Criteria.where("learnerSubject").is(learnerSubject), CREATED, false, paging,
                EnrollmentDocument::createdAt);
    }

    @Override
    public Map<String, Page<Enrollment>> firstPagesBySession(Collection<String> sessionIds, int size) {
        return firstPages(sessionIds, SESSION, new Criteria(), CREATED, false, size, EnrollmentDocument::createdAt);
    }

    @Override
    public List<Enrollment> ofSessionInState(String sessionId, EnrollmentState state, int limit) {
        return find(Query.query(Criteria.where(SESSION).is(sessionId).and(STATE).is(state.name()))
                .with(Sort.by(CREATED, "_id")), limit);
    }
}
