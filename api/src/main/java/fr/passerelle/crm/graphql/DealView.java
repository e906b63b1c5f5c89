package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.MergeTrail;
import fr.passerelle.crm.model.Pipeline;
import fr.passerelle.crm.model.PipelineStage;
import fr.passerelle.crm.model.StageChange;
import fr.passerelle.crm.model.StageKind;
import fr.passerelle.shared.model.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * GraphQL {@code Deal}, read with its pipeline (stage names, delays): whoever reads a deal reads its pipeline.
 * {@code localId}, {@code open} and {@code contactLocalId} serve the batch loaders of its next task and contact.
 */
public record DealView(String id, PipelineView pipeline, PipelineStage stage, StageKind status, String contactId,
                       String offeringRef, String title, String ownerSubject, Money expectedAmount, int probability,
                       LocalDate expectedCloseOn, Instant stageEnteredAt, LocalDate slaDeadline, boolean overdue,
                       String lostReason, List<ChangeView> history, String movedFromContactId, Instant createdAt,
                       Instant updatedAt, long version, String localId, boolean open,
                       String contactLocalId) {

    public static final String TYPE = "Deal";
    /** The contacts' GraphQL type, whose global ids deals and tasks carry. */
    static final String CONTACT = "Contact";

    /** GraphQL {@code DealStageChange}. */
    public record ChangeView(String fromStageId, String fromStageName, String toStageId, String toStageName,
                             String by, Instant at, String automationRuleId, String automationReason) {

        static ChangeView of(StageChange change, Pipeline pipeline) {
            return new ChangeView(change.fromStageId(), name(pipeline, change.fromStageId()), change.toStageId(),
                    name(pipeline, change.toStageId()), change.by(), change.at(),
                    change.automation() == null ? null : change.automation().ruleId(),
                    change.automation() == null ? null : change.automation().reason());
        }

        private static String name(Pipeline pipeline, String stageId) {
            return stageId == null ? null : pipeline.stage(stageId).map(PipelineStage::name).orElse(null);
        }
    }

    /** @param today the platform's day, for the stage's follow-up delay */
    public static DealView of(Deal deal, Pipeline pipeline, LocalDate today) {
        // A stage is removed only when no deal is in it, but a move racing the removal can land in it: such a deal
        // still shows where it is (its stage's id for a name) until someone moves it on.
        PipelineStage stage = pipeline.stage(deal.stageId()).orElseGet(() -> new PipelineStage(deal.stageId(),
                deal.stageId(), deal.status(), deal.probability(), null));
        return new DealView(GlobalIds.encode(TYPE, deal.id()), PipelineView.of(pipeline), stage, deal.status(),
                GlobalIds.encode(CONTACT, deal.contactId()), deal.offeringRef(), deal.title(), deal.ownerSubject(),
                deal.amount(), deal.probability(), deal.expectedCloseOn(), deal.stageEnteredAt(),
                deal.slaDeadline(stage).orElse(null), deal.isOverdue(stage, today), deal.lostReason(),
                deal.history().stream().map(change -> ChangeView.of(change, pipeline)).toList(),
                MergeTrail.last(deal.mergedFrom()).map(from -> GlobalIds.encode(CONTACT, from)).orElse(null),
                deal.createdAt(), deal.updatedAt(), deal.version(), deal.id(), deal.isOpen(),
                deal.contactId());
    }
}
