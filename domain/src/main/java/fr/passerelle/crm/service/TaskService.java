package fr.passerelle.crm.service;

import fr.passerelle.crm.model.AutomationOrigin;
import fr.passerelle.crm.model.CrmEvents;
import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.Task;
import fr.passerelle.crm.model.TaskDue;
import fr.passerelle.crm.port.in.TaskUseCases;
import fr.passerelle.crm.port.out.ContactReferences;
import fr.passerelle.crm.port.out.Deals;
import fr.passerelle.crm.port.out.Tasks;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.model.TenantType;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.DateWindow;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Creates, edits and completes the tasks of a school's CRM; lists one's own. */
public class TaskService implements TaskUseCases {

    private static final String TYPE = "Task";

    private final Tasks tasks;
    private final Deals deals;
    private final ContactReferences contacts;
    private final CrmOwners owners;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public TaskService(Tasks tasks, Deals deals, ContactReferences contacts, Memberships memberships, IdGenerator ids,
                       EventFactory events, Clock clock) {
        this.tasks = tasks;
        this.deals = deals;
        this.contacts = contacts;
        this.owners = new CrmOwners(memberships);
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Task create(Actor actor, String schoolId, TaskCommand command) {
        CrmAccess.requireWork(actor, schoolId);
        String owner = command.ownerSubject() == null ? actor.subject() : command.ownerSubject();
        Task.Details details = details(schoolId, withOwner(command, owner));
        Task task = Task.open(ids.newId(), schoolId, details, actor.subject(), null, clock.instant());
        return tasks.insert(task, events.created(CrmEvents.TASK_CREATED, actor.initiatorFor(Tenant.school(schoolId)),
                task, CrmEvents.of(task)));
    }

    @Override
    public Task create(AutomationOrigin origin, String effectKey, String schoolId, TaskCommand command) {
        String id = automatedId(effectKey);
        Optional<Task> created = tasks.findById(id);
        if (created.isPresent()) {
            return created.get();
        }
        Task.Details details = details(schoolId, command);
        Task task = Task.open(id, schoolId, details, Initiator.SYSTEM, origin, clock.instant());
        try {
            return tasks.insert(task, events.created(CrmEvents.TASK_CREATED, Initiator.system(), task,
                    AutomationOrigin.attributes(CrmEvents.of(task), origin)));
        } catch (DuplicateKeyException concurrentRetry) {
            return tasks.findById(id).orElseThrow(() -> concurrentRetry);
        }
    }

    /** The id of the task an automation's action creates: the same for every try of that action on that event. */
    static String automatedId(String effectKey) {
        return UUID.nameUUIDFromBytes(("crm-task/" + effectKey).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public Task update(Actor actor, String id, TaskCommand command, Long expectedVersion) {
        Task current = find(actor, id).orElseThrow(() -> new NotFoundException(TYPE, id));
        CrmAccess.requireWork(actor, current.schoolId());
        String owner = command.ownerSubject() == null ? current.ownerSubject() : command.ownerSubject();
        Task.Details details = details(current.schoolId(), withOwner(command, owner));
        return change(actor, id, CrmEvents.TASK_UPDATED, expectedVersion,
                task -> task.withDetails(details, clock.instant()));
    }

    @Override
    public Task complete(Actor actor, String id, Long expectedVersion) {
        Task current = find(actor, id).orElseThrow(() -> new NotFoundException(TYPE, id));
        CrmAccess.requireWork(actor, current.schoolId());
        return change(actor, id, CrmEvents.TASK_COMPLETED, expectedVersion, task -> task.done(actor.subject(), clock.instant()));
    }

    @Override
    public Optional<Task> find(Actor actor, String id) {
        return id == null ? Optional.empty()
                : tasks.findById(id).filter(t -> CrmAccess.mayRead(actor, t.schoolId()));
    }

    @Override
    public List<Task> findAll(Actor actor, Collection<String> ids) {
        return tasks.findAllById(ids).stream().filter(t -> CrmAccess.mayRead(actor, t.schoolId())).toList();
    }

    @Override
    public Page<Task> mine(Actor actor, TaskDue due, Paging paging) {
        Set<String> schools = actor.tenantIds(TenantType.SCHOOL).stream()
                .filter(school -> CrmAccess.mayRead(actor, school)).collect(Collectors.toSet());
        if (schools.isEmpty()) {
            return Page.empty();
        }
        Instant now = clock.instant();
        Instant endOfToday = PlatformCalendar.today(clock).plusDays(1).atStartOfDay(PlatformCalendar.ZONE)
                .toInstant();
        return switch (due) {
            case TODAY -> tasks.pageOpenOfOwner(actor.subject(), schools, null, endOfToday, paging);
            case OVERDUE -> tasks.pageOpenOfOwner(actor.subject(), schools, null, now, paging);
            case UPCOMING -> tasks.pageOpenOfOwner(actor.subject(), schools, endOfToday, null, paging);
        };
    }

    @Override
    public Map<String, Task> nextOfDeals(Actor actor, Collection<String> dealIds) {
        return tasks.nextOpenByDeal(dealIds).entrySet().stream()
                .filter(entry -> CrmAccess.mayRead(actor, entry.getValue().schoolId()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Task change(Actor actor, String id, String type, Long expectedVersion, UnaryOperator<Task> change) {
        return new VersionedChange<>(() -> find(actor, id).orElseThrow(() -> new NotFoundException(TYPE, id)),
                Task::version, (before, after) -> tasks.update(after, events.changed(type,
                actor.initiatorFor(Tenant.school(after.schoolId())), before, after, CrmEvents.of(after))))
                .apply(expectedVersion, change);
    }

    private static TaskCommand withOwner(TaskCommand command, String owner) {
        return new TaskCommand(command.title(), command.dueAt(), owner, command.contactId(), command.dealId());
    }

    /** The command checked: a title, a due time in the plans' window, an owner who works the CRM, and a link. */
    private Task.Details details(String schoolId, TaskCommand command) {
        var checks = new Checks();
        String title = checks.text("title", command.title(), Limits.NAME);
        Instant dueAt = checks.instant("dueAt", checks.required("dueAt", command.dueAt()),
                DateWindow.plans(PlatformCalendar.today(clock)));
        String owner = owners.check(checks, "ownerSubject", schoolId, command.ownerSubject());
        String contactId = checks.optionalText("contactId", command.contactId(), Limits.CODE);
        String dealId = checks.optionalText("dealId", command.dealId(), Limits.CODE);
        if (contactId == null && dealId == null && command.contactId() == null && command.dealId() == null) {
            checks.add("contactId", ErrorCode.REQUIRED, "error.crm.task-link-required");
        }
        if (contactId != null && contacts.existing(schoolId, Set.of(contactId)).isEmpty()) {
            checks.add("contactId", ErrorCode.INVALID, "error.crm.contact-unknown");
        }
        if (dealId != null) {
            Optional<Deal> deal = deals.findById(dealId).filter(d -> d.schoolId().equals(schoolId));
            if (deal.isEmpty()) {
                checks.add("dealId", ErrorCode.INVALID, "error.crm.deal-unknown");
            } else if (contactId == null) {
                contactId = deal.get().contactId();
            } else if (!contactId.equals(deal.get().contactId())) {
                // A task about one person and another person's deal would follow neither through a merge.
                checks.add("dealId", ErrorCode.INVALID, "error.crm.task-deal-of-other-contact");
            }
        }
        checks.throwIfAny();
        return new Task.Details(title, dueAt, owner, contactId, dealId);
    }
}
