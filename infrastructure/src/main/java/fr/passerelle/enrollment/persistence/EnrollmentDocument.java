package fr.passerelle.enrollment.persistence;

import fr.passerelle.enrollment.model.Applicant;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.model.EnrollmentStep;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored enrollment: its state, history and the ids it joins (school, session, CRM contact, learner). The person's
 * identity stays on the contact.
 */
@Document("enrollments")
@CompoundIndexes({
        @CompoundIndex(name = "by_session_created", def = "{'sessionId': 1, 'createdAt': 1, '_id': 1}"),
        @CompoundIndex(name = "by_school_state_updated", def = "{'schoolId': 1, 'state': 1, 'updatedAt': 1, '_id': 1}"),
        @CompoundIndex(name = "by_school_created", def = "{'schoolId': 1, 'createdAt': 1, '_id': 1}"),
        @CompoundIndex(name = "by_school_state_created", def = "{'schoolId': 1, 'state': 1, 'createdAt': 1, '_id': 1}"),
        @CompoundIndex(name = "by_session_state", def = "{'sessionId': 1, 'state': 1, 'createdAt': 1, '_id': 1}"),
        @CompoundIndex(name = "by_contact", def = "{'contactId': 1, 'createdAt': 1, '_id': 1}"),
        @CompoundIndex(name = "by_learner_subject", def = "{'learnerSubject': 1, 'createdAt': 1, '_id': 1}")})
record EnrollmentDocument(@Id String id, String schoolId, String programmeId, String sessionId, String contactId,
                          String learnerSubject, String learnerId, Applicant applicant, boolean seated,
                          EnrollmentState state, LocalDate withdrawalEndsOn, String endReason,
                          List<EnrollmentStep> history, String createdBy, Instant createdAt, Instant updatedAt,
                          long version) implements StoredDocument {
}
