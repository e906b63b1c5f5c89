package fr.passerelle.crm.port.in;

import fr.passerelle.crm.model.AutomationOrigin;
import fr.passerelle.crm.model.Task;
import fr.passerelle.crm.model.TaskDue;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tasks of a school's CRM: the next actions on contacts and deals. Someone else's task looks missing. */
public interface TaskUseCases {

    /** What is set on a task; {@code ownerSubject} null gives it to whoever creates it. */
    record TaskCommand(String title, Instant dueAt, String ownerSubject, String contactId, String dealId) {
    }

    Task create(Actor actor, String schoolId, TaskCommand command);

    /**
     * An automation rule of the school creates the task (its owner must be given).
     *
     * @param effectKey unique to the rule's run on one event and the action's position: the task's id derives from
     *                  it, so a retried run gets the task its first try created instead of a second one
     */
    Task create(AutomationOrigin origin, String effectKey, String schoolId, TaskCommand command);

    Task update(Actor actor, String id, TaskCommand command, Long expectedVersion);

    /** Done; completing a done task changes nothing. */
    Task complete(Actor actor, String id, Long expectedVersion);

    Optional<Task> find(Actor actor, String id);

    List<Task> findAll(Actor actor, Collection<String> ids);

    /** The actor's own open tasks, in the schools whose CRM they may read, by due time. */
    Page<Task> mine(Actor actor, TaskDue due, Paging paging);

    /** For each of these deals the actor may read, its open task due first (the next action); in one read. */
    Map<String, Task> nextOfDeals(Actor actor, Collection<String> dealIds);
}
