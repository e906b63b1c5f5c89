package fr.passerelle.crm.port.in;

import fr.passerelle.crm.model.DealBoard;
import fr.passerelle.crm.model.Pipeline;
import fr.passerelle.crm.model.StageKind;
import fr.passerelle.membership.model.Actor;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A school's pipelines: read by its CRM readers, configured by its admins ({@code CrmAccess}); and the board of one.
 * Someone else's pipeline looks missing.
 */
public interface PipelineUseCases {

    /** A stage as configured: probability defaults to 100 for WON, 0 otherwise; only open stages take a delay. */
    record StageCommand(String name, StageKind kind, Integer probability, Integer slaWorkingDays) {
    }

    /** The school's pipelines, the default one seeded on first use; none for whoever may not read its CRM. */
    List<Pipeline> ofSchool(Actor actor, String schoolId);

    Optional<Pipeline> find(Actor actor, String id);

    List<Pipeline> findAll(Actor actor, Collection<String> ids);

    Pipeline create(Actor actor, String schoolId, String name, List<StageCommand> stages);

    /** @param position where the stage goes (0-based); null appends it */
    Pipeline addStage(Actor actor, String id, StageCommand stage, Integer position, Long expectedVersion);

    /** New name, probability and delay; the stage's kind and id stay, and so does every deal's history. */
    Pipeline changeStage(Actor actor, String id, String stageId, StageCommand stage, Long expectedVersion);

    Pipeline reorderStages(Actor actor, String id, List<String> stageIds, Long expectedVersion);

    /** Refused while any deal of the school is in the stage. */
    Pipeline removeStage(Actor actor, String id, String stageId, Long expectedVersion);

    /** The board, each column with its first {@code size} deals; empty when the pipeline looks missing. */
    Optional<DealBoard> board(Actor actor, String pipelineId, int size);
}
