package fr.passerelle.agreement.graphql;

import fr.passerelle.agreement.model.Attestation;
import fr.passerelle.agreement.model.EctsValidation;
import fr.passerelle.agreement.model.Evaluation;
import fr.passerelle.agreement.model.EvaluationKind;
import fr.passerelle.agreement.model.FinalReport;
import fr.passerelle.agreement.model.FollowUpItem;
import fr.passerelle.agreement.model.FollowUpKind;
import fr.passerelle.agreement.model.InternshipFollowUp;
import fr.passerelle.agreement.model.Objective;
import fr.passerelle.agreement.model.ObjectiveRating;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.shared.model.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** GraphQL {@code InternshipFollowUp}; overdue steps are flagged for the day it is read. Link tokens never show. */
record FollowUpView(List<ItemView> items, List<Objective> objectives, List<EvaluationView> evaluations,
                    FinalReport finalReport, EctsValidation ects, AttestationView attestation) {

    static FollowUpView of(InternshipFollowUp followUp, LocalDate today) {
        String agreementId = GlobalIds.encode(AgreementView.TYPE, followUp.id());
        return new FollowUpView(followUp.items().stream().map(i -> ItemView.of(i, today)).toList(),
                followUp.objectives(), followUp.evaluations().stream().map(EvaluationView::of).toList(),
                followUp.finalReport(), followUp.ects(), AttestationView.of(agreementId, followUp.attestation()));
    }

    /** GraphQL {@code FollowUpItem}. */
    record ItemView(FollowUpKind kind, LocalDate dueOn, FollowUpKind.FollowUpOwner owner, FollowUpItem.Status status,
                    boolean overdue, String notes, LocalDate doneOn, Instant updatedAt) {

        static ItemView of(FollowUpItem item, LocalDate today) {
            return new ItemView(item.kind(), item.dueOn(), item.owner(), item.status(), item.overdueOn(today),
                    item.notes(), item.doneOn(), item.updatedAt());
        }
    }

    /** GraphQL {@code InternshipEvaluation}. */
    record EvaluationView(EvaluationKind kind, LocalDate dueOn, LocalDate opensOn, LinkView link, boolean submitted,
                          Instant submittedAt, List<ObjectiveRating> ratings, String comment) {

        static EvaluationView of(Evaluation evaluation) {
            var link = evaluation.link();
            return new EvaluationView(evaluation.kind(), evaluation.dueOn(), evaluation.opensOn(), link == null ? null
                    : new LinkView(link.sentTo(), link.issuedAt(), link.expiresAt(), link.revokedAt()),
                    evaluation.submitted(), evaluation.submittedAt(), evaluation.ratings(), evaluation.comment());
        }
    }

    /** GraphQL {@code EvaluationLinkInfo}. */
    record LinkView(String sentTo, Instant issuedAt, Instant expiresAt, Instant revokedAt) {
    }

    /** GraphQL {@code InternshipAttestation}. */
    record AttestationView(long presenceMinutes, long presenceDays, Money gratificationPaid, String documentSha256,
                           Instant issuedAt, String documentPath) {

        static AttestationView of(String agreementId, Attestation attestation) {
            return attestation == null ? null : new AttestationView(attestation.presenceMinutes(),
                    attestation.presenceDays(), attestation.gratificationPaid(), attestation.documentSha256(),
                    attestation.issuedAt(), DocumentUrls.attestation(agreementId));
        }

        /** GraphQL {@code gratificationPaidAmount}: the {@code Money} object that replaces the deprecated scalar {@code gratificationPaid}. */
        public Money gratificationPaidAmount() {
            return gratificationPaid;
        }
    }
}
