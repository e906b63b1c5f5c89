package fr.passerelle.crm.model;

import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.WorkingDays;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An opportunity: one contact of a school may enroll in a programme or session. It sits in one stage of one
 * pipeline; every move is kept in {@link #history} (who, when, from, to, by hand or by which automation).
 *
 * @param offeringRef        the programme or session of interest, when known (the catalog will type it)
 * @param ownerSubject       the staff member working it (a CRM worker of the school)
 * @param status             the kind of its current stage, kept here so open deals are found without the pipeline
 * @param stageEnteredAt     when it entered its current stage: service-level delays count from there
 * @param lostReason         why it was lost; set exactly when its stage is a LOST one
 * @param mergedFrom         the contacts merges moved it away from (see {@link MergeTrail}), so undoing a merge moves
 *                           exactly these back, also after chained merges
 */
public record Deal(String id, String schoolId, String pipelineId, String contactId, String offeringRef, String title,
                   String ownerSubject, Money amount, int probability, LocalDate expectedCloseOn, String stageId,
                   StageKind status, Instant stageEnteredAt, List<StageChange> history, String lostReason,
                   List<String> mergedFrom, String createdBy, Instant createdAt, Instant updatedAt, long version)
        implements ContactRecord<Deal> {

    /**
     * Moves kept: far more than a deal's life needs; a deal bounced between stages by a misconfigured automation
     * keeps its latest moves instead of growing without end.
     */
    public static final int MAX_HISTORY = 200;

    public Deal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(pipelineId, "pipelineId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(ownerSubject, "ownerSubject");
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stageEnteredAt, "stageEnteredAt");
        history = List.copyOf(history);
        mergedFrom = mergedFrom == null ? List.of() : List.copyOf(mergedFrom);
    }

    /** What staff set on a deal, checked at the edge ({@code DealUseCases}). */
    public record Details(String contactId, String offeringRef, String title, String ownerSubject, Money amount,
                          Integer probability, LocalDate expectedCloseOn) {
    }

    /** A new deal entering {@code stage}; its probability is the stage's unless given. */
    public static Deal open(String id, Pipeline pipeline, PipelineStage stage, Details details, String by,
                            AutomationOrigin automation, Instant now) {
        if (stage.kind() != StageKind.OPEN) {
            throw BusinessRuleViolation.of("stageId", ErrorCode.INVALID_STATE, "error.crm.deal-starts-open");
        }
        int probability = details.probability() == null ? stage.probability() : details.probability();
        return new Deal(id, pipeline.schoolId(), pipeline.id(), details.contactId(), details.offeringRef(),
                details.title(), details.ownerSubject(), details.amount(), probability, details.expectedCloseOn(),
                stage.id(), stage.kind(), now, List.of(new StageChange(null, stage.id(), by, now, automation)),
                null, List.of(), by, now, now, 0);
    }

    /** The new details; the contact and the stage stay (a deal changes stage only by {@link #moveTo}). */
    public Deal withDetails(Details details, Instant now) {
        int newProbability = details.probability() == null ? probability : details.probability();
        return new Deal(id, schoolId, pipelineId, contactId, details.offeringRef(), details.title(),
                details.ownerSubject(), details.amount(), newProbability, details.expectedCloseOn(), stageId, status,
                stageEnteredAt, history, lostReason, mergedFrom, createdBy, createdAt, now, version);
    }

    /**
     * The deal in {@code to}, its probability the stage's, the move recorded. A LOST stage needs a reason, which any
     * other stage clears. Moving to the stage it is in changes nothing (a replayed drag, a repeated automation).
     */
    public Deal moveTo(PipelineStage to, String reason, String by, AutomationOrigin automation, Instant now) {
        if (to.kind() == StageKind.LOST && (reason == null || reason.isBlank())) {
            throw BusinessRuleViolation.of("lostReason", ErrorCode.REQUIRED, "error.crm.lost-reason-required");
        }
        if (to.id().equals(stageId)) {
            return this;
        }
        List<StageChange> moves = new ArrayList<>(history);
        moves.add(new StageChange(stageId, to.id(), by, now, automation));
        while (moves.size() > MAX_HISTORY) {
            moves.remove(0);
        }
        return new Deal(id, schoolId, pipelineId, contactId, offeringRef, title, ownerSubject, amount,
                to.probability(), expectedCloseOn, to.id(), to.kind(), now, moves,
                to.kind() == StageKind.LOST ? reason : null, mergedFrom, createdBy, createdAt, now, version);
    }

    public boolean isOpen() {
        return status == StageKind.OPEN;
    }

    /**
     * The last day it may stay in its stage under the stage's service-level delay, counted in working days from the
     * day it entered; empty when the stage has none or the deal is closed.
     */
    public Optional<LocalDate> slaDeadline(PipelineStage stage) {
        if (!isOpen() || stage.slaWorkingDays() == null || !stage.id().equals(stageId)) {
            return Optional.empty();
        }
        return Optional.of(WorkingDays.after(PlatformCalendar.dayOf(stageEnteredAt), stage.slaWorkingDays()));
    }

    /** Whether it stayed in its stage past the stage's service-level delay on {@code today}. */
    public boolean isOverdue(PipelineStage stage, LocalDate today) {
        return slaDeadline(stage).map(today::isAfter).orElse(false);
    }

    @Override
    public Deal movedTo(String survivor) {
        return withContact(survivor, MergeTrail.push(mergedFrom, contactId));
    }

    @Override
    public Deal movedBackTo(String mergedContactId) {
        return cameFrom(mergedContactId) ? withContact(mergedContactId, MergeTrail.pop(mergedFrom)) : this;
    }

    private Deal withContact(String newContactId, List<String> trail) {
        return new Deal(id, schoolId, pipelineId, newContactId, offeringRef, title, ownerSubject, amount, probability,
                expectedCloseOn, stageId, status, stageEnteredAt, history, lostReason, trail, createdBy, createdAt,
                updatedAt, version);
    }
}
