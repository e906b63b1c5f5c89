package fr.passerelle.crm.port.in;

import fr.passerelle.crm.model.AutomationOrigin;
import fr.passerelle.crm.model.Deal;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Deals of a school's pipelines: read by its CRM readers, worked by its CRM workers; moved by people or by
 * automations, every move recorded. Someone else's deal looks missing.
 */
public interface DealUseCases {

    /** Largest expected amount of one deal, in euros: well above any training contract. */
    long MAX_AMOUNT_EUROS = 1_000_000;

    /**
     * What a person sets on a deal. {@code amount} is in euros (the board sums them); {@code probability} null takes
     * the stage's; {@code ownerSubject} null is whoever creates it (on update: the owner stays).
     */
    record DealCommand(String pipelineId, String stageId, String contactId, String offeringRef, String title,
                       String ownerSubject, Money amount, Integer probability, LocalDate expectedCloseOn) {
    }

    /** A move: to which stage, why when it is lost, and the version read (null to move whatever it is now). */
    record Move(String stageId, String lostReason, Long expectedVersion) {
    }

    Deal create(Actor actor, String schoolId, DealCommand command);

    /** New details; the pipeline, stage and contact stay (moves go through {@link #move}). */
    Deal update(Actor actor, String id, DealCommand command, Long expectedVersion);

    /** A staff member moves the deal. */
    Deal move(Actor actor, String id, Move move);

    /** An automation rule of the deal's school moves it; the move records the rule and its reason. */
    Deal move(AutomationOrigin origin, String schoolId, String id, Move move);

    Optional<Deal> find(Actor actor, String id);

    List<Deal> findAll(Actor actor, Collection<String> ids);

    /** A page of one stage's deals (a board column); empty for whoever may not read the pipeline. */
    Page<Deal> inStage(Actor actor, String pipelineId, String stageId, Paging paging);
}
