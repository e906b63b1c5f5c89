package fr.passerelle.agreement.persistence;

import fr.passerelle.agreement.model.EvaluationKind;
import fr.passerelle.agreement.model.FollowUpItem;
import fr.passerelle.agreement.model.FollowUpKind;
import fr.passerelle.agreement.model.ObjectiveRating;
import fr.passerelle.shared.persistence.MoneyDocument;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Stored follow-up of an internship, under its agreement's id (so a second opening is a duplicate {@code _id},
 * reported as the key {@code agreementId}). Dates are ISO-8601 text. An evaluation link keeps only its token's
 * SHA-256, which the evaluation form is found by: indexed (multikey, not unique: evaluations without a link have
 * none).
 */
@Document("internship_followups")
@CompoundIndex(name = "evaluation_link_token", def = "{'evaluations.link.tokenSha256': 1}")
record InternshipFollowUpDocument(
        @Id String id,
        List<ItemDocument> items,
        List<ObjectiveDocument> objectives,
        List<EvaluationDocument> evaluations,
        FinalReportDocument finalReport,
        EctsDocument ects,
        AttestationDocument attestation,
        Instant createdAt,
        Instant updatedAt,
        long version) implements StoredDocument {

    record ItemDocument(FollowUpKind kind, String dueOn, FollowUpKind.FollowUpOwner owner, FollowUpItem.Status status,
                        String notes, String doneOn, String updatedBy, Instant updatedAt) {
    }

    record ObjectiveDocument(String id, String text) {
    }

    record EvaluationDocument(EvaluationKind kind, String dueOn, LinkDocument link, List<RatingDocument> ratings,
                              String comment, Instant submittedAt, String submittedBy) {
    }

    /** @param tokenSha256 the hash of the token mailed to the tutor; the token itself is never stored */
    record LinkDocument(String id, String tokenSha256, String sentTo, Instant issuedAt, Instant expiresAt,
                        String issuedBy, Instant revokedAt) {
    }

    record RatingDocument(String objectiveId, ObjectiveRating.Level level, String comment) {
    }

    record FinalReportDocument(String summary, String submittedBy, Instant submittedAt, String cosignedBy,
                               Instant cosignedAt) {
    }

    record EctsDocument(int credits, String validatedBy, Instant validatedAt) {
    }

    record AttestationDocument(long presenceMinutes, long presenceDays, MoneyDocument gratificationPaid,
                               String documentSha256, String issuedBy, Instant issuedAt) {
    }
}
