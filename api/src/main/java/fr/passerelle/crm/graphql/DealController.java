package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.MoneyInput;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.Task;
import fr.passerelle.crm.port.in.DealUseCases;
import fr.passerelle.crm.port.in.DealUseCases.DealCommand;
import fr.passerelle.crm.port.in.TaskUseCases;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.school.graphql.SchoolView;
import graphql.relay.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Deals over GraphQL: thin translation to {@link DealUseCases}, which decides who may. */
@Controller
class DealController implements NodeLoader {

    /** The order of a column's deals: the time they entered the stage, oldest first. */
    static final String IN_STAGE = "STAGE_ENTERED_AT_ASC";
    /** The loader both {@code nextTask} and {@code needsNextAction} read (the parameters' name). */
    static final String NEXT_TASKS = "dealNextTasks";

    record CreateInput(String pipelineId, String stageId, String contactId, String offeringRef, String title,
                       String ownerSubject, MoneyInput expectedAmount, Integer probability,
                       LocalDate expectedCloseOn) {
    }

    record UpdateInput(String offeringRef, String title, String ownerSubject, MoneyInput expectedAmount,
                       Integer probability, LocalDate expectedCloseOn) {
    }

    record MoveInput(String stageId, String lostReason) {
    }

    private final DealUseCases deals;
    private final TaskUseCases tasks;
    private final DealViews views;
    private final Clock clock;

    DealController(DealUseCases deals, TaskUseCases tasks, DealViews views, BatchLoaderRegistry registry,
                   Clock clock) {
        this.deals = deals;
        this.tasks = tasks;
        this.views = views;
        this.clock = clock;
        registry.<NextTaskKey, Task>forName(NEXT_TASKS)
                .registerMappedBatchLoader((keys, environment) -> Mono.just(nextTasks(keys)));
    }

    @QueryMapping
    Connection<DealView> dealsInStage(@Argument String pipelineId, @Argument String stageId,
                                      @Arguments PageArguments page, @ContextValue Actor actor) {
        var connection = page.orderedBy(IN_STAGE);
        var found = deals.inStage(actor, GlobalIds.localId(pipelineId, PipelineView.TYPE), stageId,
                connection.paging());
        Map<String, DealView> byId = new HashMap<>();
        views.of(actor, found.items()).forEach(view -> byId.put(view.localId(), view));
        return connection.connection(found, deal -> byId.get(deal.id()));
    }

    /** The next open task of the deal: read with {@code needsNextAction} through one loader, once per page. */
    @SchemaMapping(typeName = DealView.TYPE)
    CompletableFuture<CrmTaskView> nextTask(DealView deal, @ContextValue Actor actor,
                                            DataLoader<NextTaskKey, Task> dealNextTasks) {
        return dealNextTasks.load(new NextTaskKey(deal.localId(), actor))
                .thenApply(task -> task == null ? null : CrmTaskView.of(task, clock.instant()));
    }

    /** An open deal without an open task lacks its next action. */
    @SchemaMapping(typeName = DealView.TYPE)
    CompletableFuture<Boolean> needsNextAction(DealView deal, @ContextValue Actor actor,
                                               DataLoader<NextTaskKey, Task> dealNextTasks) {
        return dealNextTasks.load(new NextTaskKey(deal.localId(), actor))
                .thenApply(task -> deal.open() && task == null);
    }

    /** A deal whose next task is wanted, by whom (the read is the actor's). */
    record NextTaskKey(String dealId, Actor actor) {
    }

    /** One aggregation per actor for all the deals of the request's page; a deal without an open task is absent. */
    private Map<NextTaskKey, Task> nextTasks(Set<NextTaskKey> keys) {
        Map<NextTaskKey, Task> found = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(NextTaskKey::actor)).forEach((actor, ofActor) -> {
            Map<String, Task> byDeal = tasks.nextOfDeals(actor, ofActor.stream().map(NextTaskKey::dealId).toList());
            ofActor.stream().filter(key -> byDeal.containsKey(key.dealId()))
                    .forEach(key -> found.put(key, byDeal.get(key.dealId())));
        });
        return found;
    }

    @MutationMapping
    CrmPayloads.DealPayload dealCreate(@Argument String schoolId, @Argument CreateInput input,
                                       @ContextValue Actor actor) {
        String school = GlobalIds.localId(schoolId, SchoolView.TYPE);
        DealCommand command = new DealCommand(localOrRaw(input.pipelineId(), PipelineView.TYPE), input.stageId(),
                localOrRaw(input.contactId(), DealView.CONTACT), input.offeringRef(), input.title(),
                input.ownerSubject(), MoneyInput.toMoney(input.expectedAmount()), input.probability(),
                input.expectedCloseOn());
        return Mutations.run("input", Set.of("schoolId"), () -> deals.create(actor, school, command),
                (errors, deal) -> payload(actor, errors, deal));
    }

    @MutationMapping
    CrmPayloads.DealPayload dealUpdate(@Argument String id, @Argument UpdateInput input,
                                       @Argument Long expectedVersion, @ContextValue Actor actor) {
        String localId = GlobalIds.localId(id, DealView.TYPE);
        DealCommand command = new DealCommand(null, null, null, input.offeringRef(), input.title(),
                input.ownerSubject(), MoneyInput.toMoney(input.expectedAmount()), input.probability(),
                input.expectedCloseOn());
        return Mutations.run("input", Set.of("id", "expectedVersion"),
                () -> deals.update(actor, localId, command, expectedVersion),
                (errors, deal) -> payload(actor, errors, deal));
    }

    @MutationMapping
    CrmPayloads.DealPayload dealMove(@Argument String id, @Argument MoveInput input, @Argument Long expectedVersion,
                                     @ContextValue Actor actor) {
        String localId = GlobalIds.localId(id, DealView.TYPE);
        return Mutations.run("input", Set.of("id", "expectedVersion"), () -> deals.move(actor, localId,
                new DealUseCases.Move(input.stageId(), input.lostReason(), expectedVersion)),
                (errors, deal) -> payload(actor, errors, deal));
    }

    @Override
    public String type() {
        return DealView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(views.of(actor, deals.findAll(actor, localIds)), DealView::localId, view -> view);
    }

    private CrmPayloads.DealPayload payload(Actor actor, List<UserErrorView> errors, Deal deal) {
        return new CrmPayloads.DealPayload(errors, views.of(actor, deal));
    }

    /**
     * The local id of a global id given in an input; anything else is passed on as it is, to be reported on its
     * field as unknown in the school (a user error, not a missing object: the input is what is wrong).
     */
    static String localOrRaw(String globalId, String type) {
        return GlobalIds.decode(globalId).filter(id -> id.type().equals(type)).map(GlobalIds.GlobalId::localId)
                .orElse(globalId);
    }
}
