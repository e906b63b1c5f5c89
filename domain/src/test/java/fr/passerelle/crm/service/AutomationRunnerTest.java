package fr.passerelle.crm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.agreement.rules.PublicHolidays;
import fr.passerelle.crm.model.AutomationAction.Kind;
import fr.passerelle.crm.model.AutomationChain;
import fr.passerelle.crm.model.AutomationCondition;
import fr.passerelle.crm.model.AutomationCondition.Field;
import fr.passerelle.crm.model.AutomationDryRun;
import fr.passerelle.crm.model.AutomationEvent;
import fr.passerelle.crm.model.AutomationFacts;
import fr.passerelle.crm.model.AutomationRule;
import fr.passerelle.crm.model.AutomationRuleDraft;
import fr.passerelle.crm.model.AutomationRuleDraft.ActionDraft;
import fr.passerelle.crm.model.AutomationRuleDraft.ConditionDraft;
import fr.passerelle.crm.model.AutomationRun;
import fr.passerelle.crm.model.AutomationRun.Outcome;
import fr.passerelle.crm.model.AutomationRun.Reason;
import fr.passerelle.crm.model.AutomationTrigger;
import fr.passerelle.crm.port.out.AutomationSubjects;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryAutomationEventLog;
import fr.passerelle.testing.InMemoryAutomationRules;
import fr.passerelle.testing.InMemoryAutomationRuns;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.MutableClock;
import fr.passerelle.testing.RecordingAutomationEffects;
import fr.passerelle.testing.RecordingReminders;
import fr.passerelle.testing.Violations;
import java.time.Duration;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.model.EmailAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AutomationRunnerTest {

    private static final String SCHOOL = "s1";
    private static final AutomationFacts DEAL = new AutomationFacts("deal-1", "pipeline-1", "funding", 250_000L,
            "owner-1", "contact-1", Set.of("PROSPECT"), Set.of(), "SEO", null, Set.of(), null);
    private static final ActionDraft TASK = new ActionDraft(Kind.CREATE_TASK, null,
            "Vérifier le dossier de financement", 2);

    private final MutableClock clock = new MutableClock();
    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryAutomationRules rules = new InMemoryAutomationRules();
    private final InMemoryAutomationRuns runs = new InMemoryAutomationRuns();
    private final InMemoryAutomationEventLog log = new InMemoryAutomationEventLog();
    private final RecordingReminders jobs = new RecordingReminders();
    private final RecordingAutomationEffects effects = new RecordingAutomationEffects();
    private final List<String> notices = new ArrayList<>();
    private final NoticeDelivery delivery = new NoticeDelivery() {
        @Override
        public void toPeople(String cause, Notice notice, Collection<String> subjects) {
            subjects.forEach(subject -> notices.add(cause + " " + notice.kind() + " " + subject));
        }

        @Override
        public void toAddress(String cause, Notice notice, EmailAddress address) {
            throw new AssertionError("automations notify staff only");
        }
    };
    /** The batched reads of facts (a dry run makes one, whatever its number of events). */
    private int factsReads;
    private final AutomationSubjects subjects = new AutomationSubjects() {
        @Override
        public AutomationFacts factsOf(AutomationEvent event) {
            return "Deal".equals(event.aggregateType()) ? DEAL : AutomationFacts.NONE;
        }

        @Override
        public List<AutomationFacts> factsOf(List<AutomationEvent> events) {
            factsReads++;
            return events.stream().map(this::factsOf).toList();
        }

        @Override
        public boolean stagesExist(String schoolId, Collection<String> stageIds) {
            return !stageIds.contains("unknown");
        }

        @Override
        public boolean pipelinesExist(String schoolId, Collection<String> pipelineIds) {
            return !pipelineIds.contains("unknown");
        }

        @Override
        public boolean isStaff(String schoolId, String subject) {
            return subject.startsWith("owner-");
        }
    };
    private AutomationRuleService service;
    private AutomationTriggers triggers;
    private AutomationRunner runner;
    private AutomationEventRecorder recorder;
    private Actor admin;
    private int events;

    @BeforeEach
    void setUp() {
        clock.set(Fixtures.NOW);
        service = new AutomationRuleService(rules, runs, log, subjects, Fixtures.countingIds("rule"),
                Fixtures.events(), clock);
        triggers = new AutomationTriggers(rules, log, jobs, clock);
        runner = new AutomationRunner(rules, runs, log, subjects, effects, PublicHolidays.france(),
                new AutomationFailureNotices(memberships, delivery), clock);
        recorder = new AutomationEventRecorder(log, clock);
        admin = Actors.member(memberships, "admin", Tenant.school(SCHOOL), MembershipRole.SCHOOL_ADMIN);
    }

    @Test
    void a_matching_rule_runs_exactly_once_per_event_however_often_the_event_is_delivered() {
        AutomationRule rule = enabled(List.of(new ConditionDraft(Field.EVENT_TO_STAGE, "funding")), List.of(TASK));
        DomainEvent moved = move("funding", Map.of());

        assertThat(triggers.accepts(moved)).isTrue();
        triggers.on(moved);
        triggers.on(moved);
        assertThat(jobs.pending()).hasSize(1);
        jobs.pending().forEach(runner::fire);
        jobs.pending().forEach(runner::fire);

        assertThat(effects.calls()).hasSize(1).first().asString()
                .startsWith("TASK_CREATED:deal-1:Vérifier le dossier de financement")
                .endsWith(":owner-1");
        assertThat(effects.causes().get(0).ruleId()).isEqualTo(rule.id());
        AutomationRun run = runs.findById(AutomationRun.idOf(moved.id(), rule.id())).orElseThrow();
        assertThat(run.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(run.effects()).isEqualTo(effects.calls());
        assertThat(service.runs(admin, rule.id(), Paging.first(10, null)).items()).containsExactly(run);
    }

    @Test
    void events_of_schools_without_an_enabled_rule_on_their_type_are_not_taken() {
        service.create(admin, SCHOOL, draft(List.of(), List.of(TASK)));

        assertThat(triggers.accepts(move("funding", Map.of()))).isFalse();
        assertThat(triggers.accepts(event(AutomationTrigger.CONTACT_CREATED, "Contact", Map.of()))).isFalse();
        assertThat(triggers.accepts(new DomainEvent("x", "deal.moved", "Deal", "deal-1", 1, Initiator.system(),
                Fixtures.NOW, List.of(), Map.of()))).isFalse();
    }

    @Test
    void a_rule_skips_the_events_of_its_own_changes_and_notes_the_loop() {
        AutomationRule rule = enabled(List.of(), List.of(new ActionDraft(Kind.MOVE_DEAL, "funding", null, null)));
        DomainEvent first = move("interested", Map.of());
        triggers.on(first);
        jobs.pending().forEach(runner::fire);
        DomainEvent caused = move("funding", effects.causes().get(0).eventAttributes());

        triggers.on(caused);
        jobs.pending().forEach(runner::fire);

        assertThat(effects.calls()).hasSize(1);
        AutomationRun skipped = runs.findById(AutomationRun.idOf(caused.id(), rule.id())).orElseThrow();
        assertThat(skipped.outcome()).isEqualTo(Outcome.SKIPPED_LOOP);
        assertThat(skipped.reason()).isEqualTo(Reason.OWN_CHANGE);
        AutomationRule noted = rules.findById(rule.id()).orElseThrow();
        assertThat(noted.lastSkip()).isEqualTo(new AutomationRule.LoopSkip(caused.id(), Reason.OWN_CHANGE,
                Fixtures.NOW));
        assertThat(noted.version()).isEqualTo(rule.version());
    }

    @Test
    void a_refused_action_fails_the_run_with_what_was_done_before_it() {
        AutomationRule rule = enabled(List.of(), List.of(TASK,
                new ActionDraft(Kind.MOVE_DEAL, RecordingAutomationEffects.REFUSED_STAGE, null, null)));
        DomainEvent moved = move("funding", Map.of());
        triggers.on(moved);
        jobs.pending().forEach(runner::fire);

        AutomationRun run = runs.findById(AutomationRun.idOf(moved.id(), rule.id())).orElseThrow();
        assertThat(run.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(run.error()).isEqualTo("error.deal.stage-of-another-pipeline");
        assertThat(run.effects()).hasSize(1);
        assertThat(notices).containsExactly("crm-automation-failed/" + run.id() + " CRM_AUTOMATION_FAILED admin");
    }

    @Test
    void a_rule_disabled_after_its_job_was_queued_does_nothing() {
        AutomationRule rule = enabled(List.of(), List.of(TASK));
        DomainEvent moved = move("funding", Map.of());
        triggers.on(moved);
        service.disable(admin, rule.id(), null);
        jobs.pending().forEach(runner::fire);

        assertThat(effects.calls()).isEmpty();
        assertThat(runs.findById(AutomationRun.idOf(moved.id(), rule.id())).orElseThrow().reason())
                .isEqualTo(Reason.RULE_OFF);
    }

    @Test
    void the_dry_run_judges_the_last_30_days_of_events_and_changes_nothing() {
        DomainEvent old = move("funding", Map.of());
        recorder.on(old);
        clock.advance(Duration.ofDays(31));
        DomainEvent toFunding = move("funding", Map.of());
        DomainEvent toLost = move("lost", Map.of());
        DomainEvent created = event(AutomationTrigger.CONTACT_CREATED, "Contact", Map.of());
        List.of(toFunding, toLost, created).forEach(recorder::on);

        AutomationDryRun dryRun = service.dryRun(admin, SCHOOL,
                draft(List.of(new ConditionDraft(Field.EVENT_TO_STAGE, "funding")), List.of(TASK)));

        assertThat(dryRun.scanned()).isEqualTo(3);
        assertThat(dryRun.truncated()).isFalse();
        assertThat(dryRun.hits()).extracting(h -> h.event().id(), h -> h.verdict().outcome())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(toFunding.id(), Outcome.APPLIED),
                        org.assertj.core.groups.Tuple.tuple(toLost.id(), Outcome.CONDITIONS_NOT_MET));
        assertThat(effects.calls()).isEmpty();
        assertThat(runs.size()).isZero();
        assertThat(log.findById(old.id())).isEmpty();
    }

    @Test
    void the_dry_run_reads_a_bounded_number_of_events_and_says_so() {
        for (int i = 0; i <= AutomationDryRun.MAX_SCANNED; i++) {
            log.record(AutomationEvent.of(move("funding", Map.of())).orElseThrow());
        }

        AutomationDryRun dryRun = service.dryRun(admin, SCHOOL, draft(List.of(), List.of(TASK)));

        assertThat(dryRun.scanned()).isEqualTo(AutomationDryRun.MAX_SCANNED);
        assertThat(dryRun.truncated()).isTrue();
        assertThat(dryRun.hits()).hasSize(AutomationDryRun.MAX_SCANNED);
        assertThat(factsReads).as("one batched read of facts for all the events").isEqualTo(1);
    }

    @Test
    void only_the_school_admins_configure_and_another_school_sees_nothing() {
        AutomationRule rule = enabled(List.of(), List.of(TASK));
        Actor admissions = Actors.member(memberships, "advisor", Tenant.school(SCHOOL), MembershipRole.ADMISSIONS);
        Actor otherAdmin = Actors.member(memberships, "other", Tenant.school("s2"), MembershipRole.SCHOOL_ADMIN);

        assertThat(service.ofSchool(admissions, SCHOOL)).containsExactly(rule);
        assertThatThrownBy(() -> service.disable(admissions, rule.id(), null)).isInstanceOf(ForbiddenException.class);
        assertThat(service.ofSchool(otherAdmin, SCHOOL)).isEmpty();
        assertThat(service.find(otherAdmin, rule.id())).isEmpty();
        assertThat(service.findAll(otherAdmin, List.of(rule.id()))).isEmpty();
        assertThatThrownBy(() -> service.disable(otherAdmin, rule.id(), null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.runs(otherAdmin, rule.id(), Paging.first(10, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.dryRun(otherAdmin, SCHOOL, draft(List.of(), List.of(TASK))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.create(Actors.platformAdmin(), SCHOOL, draft(List.of(), List.of(TASK))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void stages_pipelines_and_staff_must_be_the_schools_also_in_a_dry_run_and_versions_are_checked() {
        AutomationRule rule = service.create(admin, SCHOOL, draft(List.of(), List.of(TASK)));

        assertThat(Violations.pathsAndCodesThrownBy(() -> service.create(admin, SCHOOL, draft(
                List.of(new ConditionDraft(Field.EVENT_TO_STAGE, "unknown")),
                List.of(new ActionDraft(Kind.NOTIFY_STAFF, "stranger", null, null))))))
                .containsExactlyInAnyOrder("conditions INVALID", "actions.0.target INVALID");
        AutomationRuleDraft foreign = draft(List.of(new ConditionDraft(Field.DEAL_PIPELINE, "unknown")),
                List.of(new ActionDraft(Kind.NOTIFY_STAFF, "stranger", null, null)));
        assertThat(Violations.pathsAndCodesThrownBy(() -> service.create(admin, SCHOOL, foreign)))
                .containsExactlyInAnyOrder("conditions INVALID", "actions.0.target INVALID");
        assertThat(Violations.pathsAndCodesThrownBy(() -> service.dryRun(admin, SCHOOL, foreign)))
                .as("the dry run checks as saving does").containsExactlyInAnyOrder("conditions INVALID",
                        "actions.0.target INVALID");
        assertThat(Violations.pathsAndCodesThrownBy(() -> service.update(admin, rule.id(), foreign, null)))
                .containsExactlyInAnyOrder("conditions INVALID", "actions.0.target INVALID");
        assertThat(Violations.pathsAndCodesThrownBy(() -> service.enable(admin, rule.id(), 7L)))
                .containsExactly("expectedVersion STALE_VERSION");
        assertThat(service.enable(admin, rule.id(), 0L).enabled()).isTrue();
        assertThat(rules.eventTypes()).containsExactly("automationRule.created", "automationRule.enabled");
        service.delete(admin, rule.id(), 1L);
        assertThat(service.ofSchool(admin, SCHOOL)).isEmpty();
        assertThat(rules.hasEnabled(SCHOOL, AutomationTrigger.DEAL_MOVED)).isFalse();
    }

    private AutomationRule enabled(List<ConditionDraft> conditions, List<ActionDraft> actions) {
        AutomationRule rule = service.create(admin, SCHOOL, draft(conditions, actions));
        return service.enable(admin, rule.id(), rule.version());
    }

    private static AutomationRuleDraft draft(List<ConditionDraft> conditions, List<ActionDraft> actions) {
        return new AutomationRuleDraft("Dossier de financement", AutomationTrigger.DEAL_MOVED, null, conditions,
                actions);
    }

    private DomainEvent move(String toStage, Map<String, String> more) {
        Map<String, String> attributes = new HashMap<>(more);
        attributes.put(AutomationCondition.TO_STAGE, toStage);
        return event(AutomationTrigger.DEAL_MOVED, "Deal", attributes);
    }

    private DomainEvent event(AutomationTrigger trigger, String aggregateType, Map<String, String> more) {
        Map<String, String> attributes = new HashMap<>(more);
        attributes.put(AutomationEvent.SCHOOL, Tenant.school(SCHOOL).key());
        return new DomainEvent("event-" + ++events, trigger.eventType(), aggregateType, "deal-1", 1,
                Initiator.system(), clock.instant(), List.of(), attributes);
    }
}
