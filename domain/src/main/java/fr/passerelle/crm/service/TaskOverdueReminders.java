package fr.passerelle.crm.service;

import fr.passerelle.crm.model.CrmEvents;
import fr.passerelle.crm.model.Task;
import fr.passerelle.crm.port.out.Tasks;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;
import fr.passerelle.shared.port.Reminders;
import fr.passerelle.shared.service.VersionedChange;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * Records that a task passed its due time undone ({@code task.overdue}, on the task's outbox, which automations and
 * webhooks take) and tells its owner, in their language. One stored reminder per task and due time: creating or
 * rescheduling a task schedules it (a reminder of an older due time fires moot), completing it cancels it, and firing
 * re-reads the task. The event is recorded once per due time ({@link Task#passedDue}): a retried reminder finds it
 * recorded and records nothing; a task whose due time is moved and passes again is overdue again. The notice names the due day, never the task's title, which may name
 * the prospect (notices travel by mail). An owner who no longer works the school's CRM is not told: its admins are.
 */
public class TaskOverdueReminders implements EventSubscriber, ReminderHandler {

    static final String KIND = "crm-task-overdue";
    private static final Set<String> TYPES = Set.of(CrmEvents.TASK_CREATED, CrmEvents.TASK_UPDATED,
            CrmEvents.TASK_COMPLETED);
    private static final String TASK = "task";
    private static final String DUE = "dueAt";

    private final Tasks tasks;
    private final NoticeDelivery delivery;
    private final Reminders reminders;
    private final CrmOwners owners;
    private final EventFactory events;
    private final Clock clock;

    public TaskOverdueReminders(Tasks tasks, NoticeDelivery delivery, Reminders reminders, Memberships memberships,
                                EventFactory events, Clock clock) {
        this.tasks = tasks;
        this.delivery = delivery;
        this.reminders = reminders;
        this.owners = new CrmOwners(memberships);
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "crm-task-overdue-reminders";
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return TYPES.contains(event.type());
    }

    @Override
    public void on(DomainEvent event) {
        tasks.findById(event.aggregateId()).ifPresent(task -> {
            if (task.isDone()) {
                reminders.cancel(key(task));
            } else {
                reminders.schedule(new Reminder(key(task), KIND, task.dueAt(), Map.of(TASK, task.id(),
                        DUE, task.dueAt().toString())));
            }
        });
    }

    @Override
    public void fire(Reminder reminder) {
        tasks.findById(reminder.attribute(TASK))
                .filter(task -> !task.isDone() && task.dueAt().toString().equals(reminder.attribute(DUE)))
                .ifPresent(task -> {
                    recordOverdue(task.id());
                    delivery.toPeople(reminder.key(), new Notice(NotificationKind.CRM_TASK_OVERDUE,
                            Map.of("due", PlatformCalendar.dayOf(task.dueAt()).toString()), "CrmTask", task.id()),
                            owners.ownerOrAdmins(task.schoolId(), task.ownerSubject()));
                });
    }

    /** Re-read under optimistic locking: a task changed meanwhile is judged as it now is. */
    private void recordOverdue(String taskId) {
        new VersionedChange<>(() -> tasks.findById(taskId).orElseThrow(() -> new NotFoundException("Task", taskId)),
                Task::version, (before, after) -> tasks.update(after, events.changed(CrmEvents.TASK_OVERDUE,
                Initiator.system(), before, after, CrmEvents.of(after))))
                .apply(null, task -> task.passedDue(clock.instant()));
    }

    static String key(Task task) {
        return KIND + "/" + task.id() + "/" + task.dueAt().toEpochMilli();
    }
}
