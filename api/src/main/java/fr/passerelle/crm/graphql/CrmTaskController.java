package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.crm.model.Task;
import fr.passerelle.crm.model.TaskDue;
import fr.passerelle.crm.port.in.TaskUseCases;
import fr.passerelle.crm.port.in.TaskUseCases.TaskCommand;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.school.graphql.SchoolView;
import graphql.relay.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** CRM tasks over GraphQL: thin translation to {@link TaskUseCases}, which decides who may. */
@Controller
class CrmTaskController implements NodeLoader {

    private static final String BY_DUE_TIME = "DUE_AT_ASC";

    record TaskInput(String title, Instant dueAt, String ownerSubject, String contactId, String dealId) {

        TaskCommand command() {
            return new TaskCommand(title, dueAt, ownerSubject,
                    contactId == null ? null : DealController.localOrRaw(contactId, DealView.CONTACT),
                    dealId == null ? null : DealController.localOrRaw(dealId, DealView.TYPE));
        }
    }

    private final TaskUseCases tasks;
    private final Clock clock;

    CrmTaskController(TaskUseCases tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @QueryMapping
    Connection<CrmTaskView> myCrmTasks(@Argument TaskDue due, @Arguments PageArguments page,
                                       @ContextValue Actor actor) {
        var connection = page.orderedBy(BY_DUE_TIME + "_" + due);
        Instant now = clock.instant();
        return connection.connection(tasks.mine(actor, due, connection.paging()), task -> CrmTaskView.of(task, now));
    }

    @MutationMapping
    CrmPayloads.TaskPayload crmTaskCreate(@Argument String schoolId, @Argument TaskInput input,
                                          @ContextValue Actor actor) {
        String school = GlobalIds.localId(schoolId, SchoolView.TYPE);
        return Mutations.run("input", Set.of("schoolId"), () -> tasks.create(actor, school, input.command()),
                this::payload);
    }

    @MutationMapping
    CrmPayloads.TaskPayload crmTaskUpdate(@Argument String id, @Argument TaskInput input,
                                          @Argument Long expectedVersion, @ContextValue Actor actor) {
        String localId = GlobalIds.localId(id, CrmTaskView.TYPE);
        return Mutations.run("input", Set.of("id", "expectedVersion"),
                () -> tasks.update(actor, localId, input.command(), expectedVersion), this::payload);
    }

    @MutationMapping
    CrmPayloads.TaskPayload crmTaskComplete(@Argument String id, @Argument Long expectedVersion,
                                            @ContextValue Actor actor) {
        String localId = GlobalIds.localId(id, CrmTaskView.TYPE);
        return Mutations.run(null, () -> tasks.complete(actor, localId, expectedVersion), this::payload);
    }

    @Override
    public String type() {
        return CrmTaskView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        Instant now = clock.instant();
        return NodeLoader.byId(tasks.findAll(actor, localIds), task -> CrmTaskView.of(task, now));
    }

    private CrmPayloads.TaskPayload payload(List<UserErrorView> errors, Task task) {
        return new CrmPayloads.TaskPayload(errors, task == null ? null : CrmTaskView.of(task, clock.instant()));
    }
}
