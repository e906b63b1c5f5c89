package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.ConnectionArguments;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.InvalidArgumentException;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.crm.model.DealBoard;
import fr.passerelle.crm.model.Pipeline;
import fr.passerelle.crm.model.PipelineStage;
import fr.passerelle.crm.model.StageKind;
import fr.passerelle.crm.port.in.PipelineUseCases;
import fr.passerelle.crm.port.in.PipelineUseCases.StageCommand;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.school.graphql.SchoolView;
import fr.passerelle.shared.model.Money;
import graphql.relay.Connection;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Pipelines and boards over GraphQL: thin translation to {@link PipelineUseCases}, which decides who may. */
@Controller
class PipelineController implements NodeLoader {

    /** Deals per board column: a board shows a screenful per column, `dealsInStage` reads on. */
    static final int MAX_COLUMN_PAGE = 50;

    record StageInput(String name, StageKind kind, Integer probability, Integer slaWorkingDays) {

        StageCommand command() {
            return new StageCommand(name, kind, probability, slaWorkingDays);
        }
    }

    record CreateInput(String name, List<StageInput> stages) {
    }

    record AddInput(StageInput stage, Integer position) {
    }

    record UpdateInput(String name, Integer probability, Integer slaWorkingDays) {
    }

    record ReorderInput(List<String> stageIds) {
    }

    /** GraphQL {@code DealBoard}. */
    record BoardView(PipelineView pipeline, List<ColumnView> columns) {
    }

    /** GraphQL {@code DealBoardColumn}. */
    record ColumnView(PipelineStage stage, int count, Money expectedAmount, Connection<DealView> deals) {
    }

    private final PipelineUseCases pipelines;
    private final DealViews views;

    PipelineController(PipelineUseCases pipelines, DealViews views) {
        this.pipelines = pipelines;
        this.views = views;
    }

    @QueryMapping
    List<PipelineView> pipelines(@Argument String schoolId, @ContextValue Actor actor) {
        return pipelines.ofSchool(actor, GlobalIds.localId(schoolId, SchoolView.TYPE)).stream()
                .map(PipelineView::of).toList();
    }

    @QueryMapping
    BoardView dealBoard(@Argument String pipelineId, @Argument Integer first, @ContextValue Actor actor) {
        int size = first == null ? 10 : first;
        if (size < 0 || size > MAX_COLUMN_PAGE) {
            throw new InvalidArgumentException("first must be between 0 and " + MAX_COLUMN_PAGE);
        }
        return pipelines.board(actor, GlobalIds.localId(pipelineId, PipelineView.TYPE), size)
                .map(this::view).orElse(null);
    }

    private BoardView view(DealBoard board) {
        // The board's first pages are keyed like `dealsInStage`, so its cursors read on there.
        var arguments = new ConnectionArguments(null, null, null, null, DealController.IN_STAGE);
        return new BoardView(PipelineView.of(board.pipeline()), board.columns().stream().map(column ->
                new ColumnView(column.stage(), Math.toIntExact(column.count()), column.expectedAmount(),
                        arguments.connection(column.deals(), deal -> views.of(deal, board.pipeline())))).toList());
    }

    @MutationMapping
    CrmPayloads.PipelinePayload pipelineCreate(@Argument String schoolId, @Argument CreateInput input,
                                               @ContextValue Actor actor) {
        String school = GlobalIds.localId(schoolId, SchoolView.TYPE);
        List<StageCommand> stages = input.stages() == null ? List.of()
                : input.stages().stream().map(StageInput::command).toList();
        return Mutations.run("input", Set.of("schoolId"), () -> pipelines.create(actor, school, input.name(),
                stages), PipelineController::payload);
    }

    @MutationMapping
    CrmPayloads.PipelinePayload pipelineStageAdd(@Argument String id, @Argument AddInput input,
                                                 @Argument Long expectedVersion, @ContextValue Actor actor) {
        String localId = localId(id);
        return Mutations.run("input", Set.of("id", "expectedVersion"), () -> pipelines.addStage(actor, localId,
                input.stage() == null ? null : input.stage().command(), input.position(), expectedVersion),
                PipelineController::payload);
    }

    @MutationMapping
    CrmPayloads.PipelinePayload pipelineStageUpdate(@Argument String id, @Argument String stageId,
                                                    @Argument UpdateInput input, @Argument Long expectedVersion,
                                                    @ContextValue Actor actor) {
        String localId = localId(id);
        return Mutations.run("input", Set.of("id", "stageId", "expectedVersion"), () -> pipelines.changeStage(actor,
                localId, stageId, new StageCommand(input.name(), null, input.probability(), input.slaWorkingDays()),
                expectedVersion), PipelineController::payload);
    }

    @MutationMapping
    CrmPayloads.PipelinePayload pipelineStagesReorder(@Argument String id, @Argument ReorderInput input,
                                                      @Argument Long expectedVersion, @ContextValue Actor actor) {
        String localId = localId(id);
        return Mutations.run("input", Set.of("id", "expectedVersion"), () -> pipelines.reorderStages(actor, localId,
                input.stageIds(), expectedVersion), PipelineController::payload);
    }

    @MutationMapping
    CrmPayloads.PipelinePayload pipelineStageRemove(@Argument String id, @Argument String stageId,
                                                    @Argument Long expectedVersion, @ContextValue Actor actor) {
        String localId = localId(id);
        return Mutations.run(null, () -> pipelines.removeStage(actor, localId, stageId, expectedVersion),
                PipelineController::payload);
    }

    @Override
    public String type() {
        return PipelineView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(pipelines.findAll(actor, localIds), PipelineView::of);
    }

    private static CrmPayloads.PipelinePayload payload(List<UserErrorView> errors, Pipeline pipeline) {
        return new CrmPayloads.PipelinePayload(errors, pipeline == null ? null : PipelineView.of(pipeline));
    }

    private static String localId(String globalId) {
        return GlobalIds.localId(globalId, PipelineView.TYPE);
    }
}
