package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.StageKind;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Stored deal. The board reads one pipeline's deals by stage, in the order they entered it ({@code by_stage} serves
 * both the totals and each column's keyset pages); merges find a contact's deals ({@code by_contact}). Amounts are
 * euros' cents.
 */
@Document("crmDeals")
@CompoundIndexes({
        @CompoundIndex(name = "by_stage",
                def = "{'schoolId': 1, 'pipelineId': 1, 'stageId': 1, 'stageEnteredAt': 1, '_id': 1}"),
        @CompoundIndex(name = "by_contact", def = "{'schoolId': 1, 'contactId': 1, 'mergedFrom': 1}")})
record DealDocument(@Id String id, String schoolId, String pipelineId, String contactId, String offeringRef,
                    String title, String ownerSubject, Long amountInCents, int probability,
                    LocalDate expectedCloseOn, String stageId, StageKind status, Instant stageEnteredAt,
                    List<Move> history, String lostReason, List<String> mergedFrom, String createdBy,
                    Instant createdAt, Instant updatedAt, long version) implements StoredDocument {

    record Move(String fromStageId, String toStageId, String by, Instant at, Automation automation) {
    }

    /** @param chain the rules that led to the change (their ids), this one last */
    record Automation(String ruleId, String reason, List<String> chain) {
    }
}
