package fr.passerelle.internship.persistence;

import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.internship.model.InterviewStatus;
import fr.passerelle.internship.model.ProfilePart;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Stored application, as the domain holds it. A learner applies once to an offer: the unique index on
 * {@code (offerId, learnerId)} makes a raced second application fail instead of doubling. Slots keep their IANA
 * zone id as text next to the instant.
 *
 * <p>Indexes: one per list (an offer's, a learner's, a company's, a school's and the applicant's own), each in
 * the lists' newest-first order; a school's list (its learners' applications, {@code School.applications}) is also
 * read by last change and by status (the accepted ones the school turns into agreements).
 */
@Document("applications")
@CompoundIndex(name = "unique_offer_learner", def = "{'offerId': 1, 'learnerId': 1}", unique = true)
@CompoundIndex(name = "offer_created_order", def = "{'offerId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "offer_updated_order", def = "{'offerId': 1, 'updatedAt': -1, '_id': -1}")
@CompoundIndex(name = "learner_created_order", def = "{'learnerId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "company_created_order", def = "{'companyId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "school_created_order", def = "{'schoolId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "school_updated_order", def = "{'schoolId': 1, 'updatedAt': -1, '_id': -1}")
@CompoundIndex(name = "school_status_created_order", def = "{'schoolId': 1, 'status': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "applicant_created_order", def = "{'learnerSubject': 1, 'createdAt': -1, '_id': -1}")
record ApplicationDocument(
        @Id String id,
        String offerId,
        String companyId,
        String learnerId,
        String learnerSubject,
        String schoolId,
        int termsVersion,
        String message,
        Set<ProfilePart> sharedParts,
        ApplicationStatus status,
        List<StatusChangeDocument> history,
        InterviewDocument interview,
        Instant createdAt,
        Instant updatedAt,
        long version) implements StoredDocument {

    record StatusChangeDocument(ApplicationStatus status, Instant at, String by, String note) {
    }

    record InterviewDocument(InterviewStatus status, List<SlotDocument> slots, String chosenSlotId, String place,
                             int round) {
    }

    /** @param zone IANA time-zone id */
    record SlotDocument(String id, Instant start, int durationMinutes, String zone) {
    }
}
