package fr.passerelle.enrollment.persistence;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.shared.persistence.DocumentStore;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

@Repository
class MongoEnrollments extends DocumentStore<Enrollment, EnrollmentDocument> implements Enrollments {

    MongoEnrollments(MongoOperations mongo, EventDocumentMapper events, EnrollmentDocumentMapper mapper) {
        super(mongo, events, EnrollmentDocument.class, "id", mapper::toDomain, mapper::toDocument);
    }
}
