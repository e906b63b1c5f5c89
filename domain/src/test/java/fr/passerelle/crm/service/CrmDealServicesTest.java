package fr.passerelle.crm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.crm.model.AutomationOrigin;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.CrmEvents;
import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.DefaultPipeline;
import fr.passerelle.crm.model.Pipeline;
import fr.passerelle.crm.model.StageKind;
import fr.passerelle.crm.model.Task;
import fr.passerelle.crm.port.in.DealUseCases.DealCommand;
import fr.passerelle.crm.port.in.DealUseCases.Move;
import fr.passerelle.crm.port.in.TaskUseCases.TaskCommand;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.notification.model.Notification;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Deliveries;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryCrm.InMemoryDeals;
import fr.passerelle.testing.InMemoryCrm.InMemoryPipelines;
import fr.passerelle.testing.InMemoryCrm.InMemoryTasks;
import fr.passerelle.testing.InMemoryCrm.KnownContacts;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemoryNotifications;
import fr.passerelle.testing.MergeStates;
import fr.passerelle.testing.RecordingReminders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The deal and task use cases with their subscribers, on in-memory ports: who may own, automation moves, reminders of
 * overdue tasks and of deals past their stage's delay, and merges followed.
 */
class CrmDealServicesTest {

    private static final String SCHOOL = "school-1";
    /** Thursday 10 December 2026, 10:00 in Paris. */
    private static final Instant THURSDAY = Instant.parse("2026-12-10T09:00:00Z");

    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryPipelines pipelines = new InMemoryPipelines();
    private final InMemoryDeals deals = new InMemoryDeals();
    private final InMemoryTasks tasks = new InMemoryTasks();
    private final KnownContacts contacts = new KnownContacts().add(SCHOOL, "contact-1", "contact-2", "contact-a");
    private final InMemoryNotifications inbox = new InMemoryNotifications();
    private final RecordingReminders reminders = new RecordingReminders();
    private final Clock clock = Clock.fixed(THURSDAY, ZoneOffset.UTC);
    private final Actor admissions = Actors.member(memberships, "advisor-1", Tenant.school(SCHOOL),
            MembershipRole.ADMISSIONS);
    private final Actor finance = Actors.member(memberships, "finance-1", Tenant.school(SCHOOL),
            MembershipRole.FINANCE);
    private final PipelineService pipelineService = new PipelineService(pipelines, deals,
            Fixtures.countingIds("stage"), Fixtures.events(), clock);
    private final DealService dealService = new DealService(deals, pipelines, contacts, memberships,
            Fixtures.countingIds("deal"), Fixtures.events(), clock);
    private final TaskService taskService = new TaskService(tasks, deals, contacts, memberships,
            Fixtures.countingIds("task"), Fixtures.events(), clock);

    private Pipeline pipeline() {
        return pipelineService.ofSchool(admissions, SCHOOL).get(0);
    }

    private Deal deal(String contactId) {
        return dealService.create(admissions, SCHOOL, new DealCommand(pipeline().id(), null, contactId, null,
                "Coaching", null, Money.euros(890), null, null));
    }

    @Test
    void theDefaultPipelineIsReadWithoutBeingStoredAndStoredOnceByTheFirstDeal() {
        assertThat(pipelineService.ofSchool(finance, SCHOOL)).singleElement()
                .extracting(Pipeline::id).isEqualTo(DefaultPipeline.idFor(SCHOOL));
        assertThat(pipelineService.find(admissions, DefaultPipeline.idFor(SCHOOL))).isPresent();
        assertThat(pipelineService.findAll(finance, List.of(DefaultPipeline.idFor(SCHOOL)))).hasSize(1);
        assertThat(pipelines.events()).as("reads store nothing").isEmpty();
        assertThat(pipelineService.ofSchool(Actors.advisor(), SCHOOL)).isEmpty();
        assertThat(pipelineService.find(Actors.advisor(), DefaultPipeline.idFor(SCHOOL))).isEmpty();

        deal("contact-1");
        deal("contact-2");

        assertThat(pipelines.events()).extracting(DomainEvent::type).containsExactly(CrmEvents.PIPELINE_CREATED);
        assertThat(pipelineService.ofSchool(finance, SCHOOL)).singleElement()
                .extracting(Pipeline::id).isEqualTo(DefaultPipeline.idFor(SCHOOL));
    }

    @Test
    void aTooLongStageOrderIsOutOfRangeNotInvalid() {
        Actor admin = Actors.member(memberships, "admin-1", Tenant.school(SCHOOL), MembershipRole.SCHOOL_ADMIN);
        Pipeline pipeline = pipelineService.ofSchool(admin, SCHOOL).get(0);
        List<String> tooMany = IntStream.rangeClosed(0, Limits.LIST).mapToObj(i -> "stage-" + i)
                .toList();

        assertThatThrownBy(() -> pipelineService.reorderStages(admin, pipeline.id(), tooMany, pipeline.version()))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).containsExactly("stageIds");
                            assertThat(v.code()).isEqualTo(ErrorCode.OUT_OF_RANGE);
                        }));
    }

    @Test
    void anOwnerWorksTheSchoolsCrmAndAContactIsOneOfTheSchools() {
        assertThatThrownBy(() -> dealService.create(admissions, SCHOOL, new DealCommand(pipeline().id(), null,
                "contact-of-another-school", null, null, finance.subject(), Money.euros(100_000_000), null, null)))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.violations())
                        .extracting(v -> String.join(".", v.field()))
                        .containsExactlyInAnyOrder("contactId", "ownerSubject", "expectedAmount.amount"));
    }

    @Test
    void anAutomationMovesADealAndTheMoveNamesItsRule() {
        Deal deal = deal("contact-1");
        AutomationOrigin rule = new AutomationOrigin("rule-1", "payment received");

        Deal won = dealService.move(rule, SCHOOL, deal.id(), new Move(DefaultPipeline.CONFIRMED, null, null));

        assertThat(won.status()).isEqualTo(StageKind.WON);
        assertThat(won.history().get(1).automation()).isEqualTo(rule);
        assertThat(won.history().get(1).by()).isEqualTo(Initiator.SYSTEM);
        DomainEvent event = deals.events().get(1);
        assertThat(event.type()).isEqualTo(CrmEvents.DEAL_WON);
        assertThat(event.attributes()).containsEntry("schoolId", SCHOOL).containsEntry("dealId", deal.id())
                .containsEntry("contactId", "contact-1");
        assertThatThrownBy(() -> dealService.move(rule, "another-school", deal.id(),
                new Move(DefaultPipeline.LOST, "x", null))).isInstanceOf(NotFoundException.class);
    }

    /** The reminders' handler, firing at {@code at}. */
    private TaskOverdueReminders overdueAt(Instant at) {
        return new TaskOverdueReminders(tasks, Deliveries.inApp(inbox), reminders, memberships, Fixtures.events(),
                Clock.fixed(at, ZoneOffset.UTC));
    }

    private List<String> overdueEvents() {
        return tasks.events().stream().filter(e -> e.type().equals(CrmEvents.TASK_OVERDUE)).map(DomainEvent::id)
                .toList();
    }

    @Test
    void anOverdueTaskTellsItsOwnerOnceAndADoneOneNoOne() {
        var overdue = overdueAt(THURSDAY.plusSeconds(3600));
        Task task = taskService.create(admissions, SCHOOL, new TaskCommand("Rappeler", THURSDAY.plusSeconds(3600),
                null, "contact-1", null));
        overdue.on(tasks.events().get(0));
        Reminder reminder = reminders.pending().get(0);
        assertThat(reminder.dueAt()).isEqualTo(task.dueAt());

        overdue.fire(reminder);
        overdue.fire(reminder);
        assertThat(inbox.all()).extracting(Notification::recipient, Notification::kind)
                .containsExactly(Tuple.tuple("advisor-1", NotificationKind.CRM_TASK_OVERDUE));
        assertThat(overdueEvents()).as("a retried reminder records the event once").hasSize(1);
        DomainEvent passed = tasks.events().get(1);
        assertThat(passed.attributes()).containsEntry("schoolId", SCHOOL).containsEntry("taskId", task.id())
                .containsEntry("contactId", "contact-1");
        assertThat(passed.initiator()).isEqualTo(Initiator.system());

        Task done = taskService.complete(admissions, task.id(), null);
        overdue.on(tasks.events().get(2));
        assertThat(reminders.isCancelled(reminder.key())).isTrue();
        assertThat(done.doneBy()).isEqualTo("advisor-1");
    }

    @Test
    void aTaskIsOverdueAgainOnlyWhenANewDueTimePassesAndNeverOnceDone() {
        Task task = taskService.create(admissions, SCHOOL, new TaskCommand("Rappeler", THURSDAY.plusSeconds(3600),
                null, "contact-1", null));
        var overdue = overdueAt(THURSDAY.plusSeconds(7200));
        overdue.on(tasks.events().get(0));
        Reminder first = reminders.pending().get(0);
        overdue.fire(first);
        assertThat(overdueEvents()).hasSize(1);
        assertThat(tasks.findById(task.id()).orElseThrow().overdueFor()).isEqualTo(task.dueAt());

        Instant friday = THURSDAY.plus(Duration.ofDays(1));
        taskService.update(admissions, task.id(), new TaskCommand("Rappeler", friday, null, "contact-1", null),
                null);
        overdue.on(tasks.events().get(2));
        overdue.fire(first);
        assertThat(overdueEvents()).as("the reminder of the old due time is moot").hasSize(1);
        Reminder second = reminders.pending().stream().filter(r -> r.dueAt().equals(friday)).findFirst()
                .orElseThrow();
        overdue.fire(second);
        assertThat(overdueEvents()).as("not yet due when fired early").hasSize(1);

        overdueAt(friday.plusSeconds(60)).fire(second);
        overdueAt(friday.plusSeconds(120)).fire(second);
        assertThat(overdueEvents()).as("the new due time passed: overdue again, once").hasSize(2);

        taskService.update(admissions, task.id(), new TaskCommand("Rappeler", friday.plusSeconds(3600), null,
                "contact-1", null), null);
        taskService.complete(admissions, task.id(), null);
        Reminder third = new Reminder("r", TaskOverdueReminders.KIND, friday.plusSeconds(3600),
                Map.of("task", task.id(), "dueAt", friday.plusSeconds(3600).toString()));
        overdueAt(friday.plus(Duration.ofDays(1))).fire(third);
        assertThat(overdueEvents()).as("a done task is never overdue").hasSize(2);
    }

    @Test
    void anOverdueTaskOrDealOfSomeoneWhoLeftTheCrmTellsTheSchoolsAdminsNotThem() {
        Actors.member(memberships, "admin-1", Tenant.school(SCHOOL), MembershipRole.SCHOOL_ADMIN);
        var overdue = overdueAt(THURSDAY.plus(Duration.ofDays(30)));
        var sla = new DealSlaReminders(deals, pipelines, Deliveries.inApp(inbox), reminders, memberships,
                Clock.fixed(THURSDAY.plus(Duration.ofDays(30)), ZoneOffset.UTC));
        Deal deal = dealService.move(admissions, deal("contact-1").id(), new Move(DefaultPipeline.FOLLOW_UP, null,
                0L));
        taskService.create(admissions, SCHOOL, new TaskCommand("Rappeler", THURSDAY.plusSeconds(3600), null,
                "contact-1", null));
        sla.on(deals.events().get(1));
        overdue.on(tasks.events().get(0));
        Actors.member(memberships, "advisor-1", Tenant.school(SCHOOL), MembershipRole.SCHOOL_STAFF);

        reminders.pending().forEach(reminder -> (reminder.kind().equals(DealSlaReminders.KIND) ? sla : overdue)
                .fire(reminder));

        assertThat(inbox.all()).extracting(Notification::recipient, Notification::kind).containsExactlyInAnyOrder(
                Tuple.tuple("admin-1", NotificationKind.CRM_DEAL_OVERDUE),
                Tuple.tuple("admin-1", NotificationKind.CRM_TASK_OVERDUE));
        assertThat(inbox.all()).extracting(Notification::targetId).contains(deal.id());
    }

    @Test
    void aDealLeftToFollowUpPastThreeWorkingDaysTellsItsOwnerTheMorningAfter() {
        Deal deal = dealService.move(admissions, deal("contact-1").id(), new Move(DefaultPipeline.FOLLOW_UP, null,
                0L));
        Instant wednesdayMorning = LocalDateTime.of(2026, 12, 16, 9, 0).atZone(PlatformCalendar.ZONE).toInstant();
        var early = new DealSlaReminders(deals, pipelines, Deliveries.inApp(inbox), reminders, memberships, clock);
        early.on(deals.events().get(1));
        Reminder reminder = reminders.pending().get(0);
        assertThat(reminder.dueAt()).isEqualTo(wednesdayMorning);

        new DealSlaReminders(deals, pipelines, Deliveries.inApp(inbox), reminders, memberships,
                Clock.fixed(wednesdayMorning, ZoneOffset.UTC)).fire(reminder);
        assertThat(inbox.all()).extracting(Notification::kind).containsExactly(NotificationKind.CRM_DEAL_OVERDUE);
        assertThat(inbox.all().get(0).targetId()).isEqualTo(deal.id());

        dealService.move(admissions, deal.id(), new Move(DefaultPipeline.INTERESTED, null, null));
        new DealSlaReminders(deals, pipelines, Deliveries.inApp(inbox), reminders, memberships,
                Clock.fixed(wednesdayMorning.plus(Duration.ofDays(1)), ZoneOffset.UTC)).fire(reminder);
        assertThat(inbox.all()).hasSize(1);
    }

    @Test
    void anAutomationRetriedOnTheSameEventGetsTheTaskItsFirstTryCreated() {
        Deal deal = deal("contact-1");
        var origin = new AutomationOrigin("rule-1", "Paiement reçu");
        TaskCommand command = new TaskCommand("Rappeler", THURSDAY.plusSeconds(60), "advisor-1", null, deal.id());

        Task first = taskService.create(origin, "event-1/rule-1/0", SCHOOL, command);
        Task retried = taskService.create(origin, "event-1/rule-1/0", SCHOOL, command);
        Task otherAction = taskService.create(origin, "event-1/rule-1/1", SCHOOL, command);

        assertThat(retried.id()).isEqualTo(first.id());
        assertThat(otherAction.id()).isNotEqualTo(first.id());
        assertThat(tasks.events()).hasSize(2);
    }

    @Test
    void aTaskCannotBeAboutOneContactAndAnotherContactsDeal() {
        Deal ofContact2 = deal("contact-2");
        assertThatThrownBy(() -> taskService.create(admissions, SCHOOL, new TaskCommand("Rappeler",
                THURSDAY.plusSeconds(60), null, "contact-1", ofContact2.id())))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.violations())
                        .extracting(v -> String.join(".", v.field())).containsExactly("dealId"));
        assertThat(taskService.create(admissions, SCHOOL, new TaskCommand("Rappeler", THURSDAY.plusSeconds(60),
                null, "contact-2", ofContact2.id())).contactId()).isEqualTo("contact-2");
    }

    @Test
    void aMergeMovesTheMergedContactsDealsAndTasksAndItsUndoMovesExactlyThoseBack() {
        Deal kept = deal("contact-1");
        Deal moved = deal("contact-2");
        Task task = taskService.create(admissions, SCHOOL, new TaskCommand("Rappeler", THURSDAY.plusSeconds(60),
                null, null, moved.id()));
        MergeStates states = new MergeStates().merged(SCHOOL, "contact-2", "contact-1", THURSDAY);
        var follower = new DealMergeFollower(states.contacts(), deals, tasks, Fixtures.events());
        DomainEvent merged = contactEvent(ContactEvents.MERGED, "contact-1", "contact-2");

        follower.on(merged);
        follower.on(merged);
        assertThat(deals.findById(moved.id()).orElseThrow())
                .extracting(Deal::contactId, Deal::mergedFrom).containsExactly("contact-1", List.of("contact-2"));
        assertThat(tasks.findById(task.id()).orElseThrow().contactId()).isEqualTo("contact-1");
        assertThat(deals.findById(kept.id()).orElseThrow().mergedFrom()).isEmpty();

        states.active(SCHOOL, "contact-2");
        follower.on(contactEvent(ContactEvents.UNMERGED, "contact-1", "contact-2"));
        assertThat(deals.findById(moved.id()).orElseThrow())
                .extracting(Deal::contactId, Deal::mergedFrom).containsExactly("contact-2", List.of());
        assertThat(tasks.findById(task.id()).orElseThrow().contactId()).isEqualTo("contact-2");
        assertThat(deals.findById(kept.id()).orElseThrow().contactId()).isEqualTo("contact-1");

        follower.on(merged);
        assertThat(deals.findById(moved.id()).orElseThrow().contactId()).isEqualTo("contact-2");
        assertThat(tasks.findById(task.id()).orElseThrow().contactId()).isEqualTo("contact-2");
    }

    @Test
    void undoingTheFirstOfTwoChainedMergesTakesItsDealsAndTasksBackFromTheLastSurvivor() {
        Deal deal = deal("contact-a");
        Task task = taskService.create(admissions, SCHOOL, new TaskCommand("Rappeler", THURSDAY.plusSeconds(60),
                null, null, deal.id()));
        MergeStates states = new MergeStates().merged(SCHOOL, "contact-a", "contact-b", THURSDAY)
                .merged(SCHOOL, "contact-b", "contact-c", THURSDAY);
        var follower = new DealMergeFollower(states.contacts(), deals, tasks, Fixtures.events());
        follower.on(contactEvent(ContactEvents.MERGED, "contact-b", "contact-a"));
        follower.on(contactEvent(ContactEvents.MERGED, "contact-c", "contact-b"));
        assertThat(deals.findById(deal.id()).orElseThrow().mergedFrom()).containsExactly("contact-a", "contact-b");

        states.active(SCHOOL, "contact-b");
        follower.on(contactEvent(ContactEvents.UNMERGED, "contact-c", "contact-b"));
        states.active(SCHOOL, "contact-a");
        follower.on(contactEvent(ContactEvents.UNMERGED, "contact-b", "contact-a"));

        assertThat(deals.findById(deal.id()).orElseThrow())
                .extracting(Deal::contactId, Deal::mergedFrom).containsExactly("contact-a", List.of());
        assertThat(tasks.findById(task.id()).orElseThrow().contactId()).isEqualTo("contact-a");
    }

    private static DomainEvent contactEvent(String type, String survivor, String merged) {
        return new DomainEvent("event-" + type, type, "Contact", survivor, 3, Initiator.system(), THURSDAY,
                List.of(), Map.of(ContactEvents.SCHOOL_ID, SCHOOL, ContactEvents.CONTACT_ID, survivor,
                ContactEvents.MERGED_CONTACT_ID, merged));
    }
}
