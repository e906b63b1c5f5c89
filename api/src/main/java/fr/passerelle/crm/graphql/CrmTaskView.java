package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.crm.model.Task;
import java.time.Instant;

/** GraphQL {@code CrmTask}. */
public record CrmTaskView(String id, String title, Instant dueAt, String ownerSubject, String contactId,
                          String dealId, boolean done, Instant doneAt, boolean overdue, String automationRuleId,
                          String automationReason, Instant createdAt, Instant updatedAt, long version) {

    public static final String TYPE = "CrmTask";

    public static CrmTaskView of(Task task, Instant now) {
        return new CrmTaskView(GlobalIds.encode(TYPE, task.id()), task.title(), task.dueAt(), task.ownerSubject(),
                task.contactId() == null ? null : GlobalIds.encode(DealView.CONTACT, task.contactId()),
                task.dealId() == null ? null : GlobalIds.encode(DealView.TYPE, task.dealId()), task.isDone(),
                task.doneAt(), task.isOverdue(now),
                task.automation() == null ? null : task.automation().ruleId(),
                task.automation() == null ? null : task.automation().reason(),
                task.createdAt(), task.updatedAt(), task.version());
    }
}
