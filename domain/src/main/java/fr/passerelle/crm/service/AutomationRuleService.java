package fr.passerelle.crm.service;

import fr.passerelle.crm.model.AutomationDryRun;
import fr.passerelle.crm.model.AutomationEvent;
import fr.passerelle.crm.model.AutomationFacts;
import fr.passerelle.crm.model.AutomationRule;
import fr.passerelle.crm.model.AutomationRuleDraft;
import fr.passerelle.crm.model.AutomationRuleEvents;
import fr.passerelle.crm.model.AutomationRun;
import fr.passerelle.crm.port.in.AutomationRuleUseCases;
import fr.passerelle.crm.port.out.AutomationEventLog;
import fr.passerelle.crm.port.out.AutomationRules;
import fr.passerelle.crm.port.out.AutomationRuns;
import fr.passerelle.crm.port.out.AutomationSubjects;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Configures a school's automation rules, lists their runs and dry-runs a definition. */
public class AutomationRuleService implements AutomationRuleUseCases {

    private static final String TYPE = "AutomationRule";

    private final AutomationRules rules;
    private final AutomationRuns runs;
    private final AutomationEventLog log;
    private final AutomationSubjects subjects;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public AutomationRuleService(AutomationRules rules, AutomationRuns runs, AutomationEventLog log,
                                 AutomationSubjects subjects, IdGenerator ids, EventFactory events, Clock clock) {
        this.rules = rules;
        this.runs = runs;
        this.log = log;
        this.subjects = subjects;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public AutomationRule create(Actor actor, String schoolId, AutomationRuleDraft draft) {
        CrmAccess.requireConfigure(actor, schoolId);
        AutomationRuleDraft.Valid definition = checked(schoolId, draft);
        if (rules.countBySchool(schoolId) >= MAX_PER_SCHOOL) {
            throw BusinessRuleViolation.of("", ErrorCode.OUT_OF_RANGE, "error.automation.too-many", MAX_PER_SCHOOL);
        }
        AutomationRule rule = AutomationRule.create(ids.newId(), schoolId, definition, actor.subject(),
                clock.instant());
        return rules.insert(rule, events.created(AutomationRuleEvents.CREATED,
                actor.initiatorFor(Tenant.school(schoolId)), rule, AutomationRuleEvents.attributesOf(rule)));
    }

    @Override
    public AutomationRule update(Actor actor, String ruleId, AutomationRuleDraft draft, Long expectedVersion) {
        return change(actor, ruleId, expectedVersion, AutomationRuleEvents.UPDATED, rule ->
                rule.redefine(checked(rule.schoolId(), draft), clock.instant()));
    }

    @Override
    public AutomationRule enable(Actor actor, String ruleId, Long expectedVersion) {
        return change(actor, ruleId, expectedVersion, AutomationRuleEvents.ENABLED,
                rule -> rule.withEnabled(true, clock.instant()));
    }

    @Override
    public AutomationRule disable(Actor actor, String ruleId, Long expectedVersion) {
        return change(actor, ruleId, expectedVersion, AutomationRuleEvents.DISABLED,
                rule -> rule.withEnabled(false, clock.instant()));
    }

    @Override
    public AutomationRule delete(Actor actor, String ruleId, Long expectedVersion) {
        return change(actor, ruleId, expectedVersion, AutomationRuleEvents.DELETED,
                rule -> rule.delete(clock.instant()));
    }

    @Override
    public Optional<AutomationRule> find(Actor actor, String ruleId) {
        return rules.findById(ruleId).filter(rule -> !rule.deleted() && CrmAccess.mayRead(actor, rule.schoolId()));
    }

    @Override
    public List<AutomationRule> findAll(Actor actor, Collection<String> ruleIds) {
        return rules.findAllById(ruleIds).stream()
                .filter(rule -> !rule.deleted() && CrmAccess.mayRead(actor, rule.schoolId())).toList();
    }

    @Override
    public List<AutomationRule> ofSchool(Actor actor, String schoolId) {
        return CrmAccess.mayRead(actor, schoolId) ? rules.findBySchool(schoolId, MAX_PER_SCHOOL) : List.of();
    }

    /** Runs stay readable after their rule was deleted: the changes they made still point at them. */
    @Override
    public Page<AutomationRun> runs(Actor actor, String ruleId, Paging paging) {
        rules.findById(ruleId).filter(rule -> CrmAccess.mayRead(actor, rule.schoolId()))
                .orElseThrow(() -> new NotFoundException(TYPE, ruleId));
        return runs.ofRule(ruleId, paging);
    }

    /**
     * Judges the definition, as a rule not yet saved, on the school's recent events of its trigger: reads at most
     * {@link AutomationDryRun#MAX_SCANNED} events, newest first, and the facts of each one that passes the trigger.
     */
    @Override
    public AutomationDryRun dryRun(Actor actor, String schoolId, AutomationRuleDraft draft) {
        CrmAccess.requireConfigure(actor, schoolId);
        AutomationRuleDraft.Valid definition = checked(schoolId, draft);
        Instant now = clock.instant();
        AutomationRule rule = AutomationRule.create("dry-run", schoolId, definition, actor.subject(), now);
        Instant from = now.minus(Duration.ofDays(AutomationDryRun.DAYS));
        List<AutomationEvent> read = log.recent(schoolId, from, AutomationDryRun.MAX_SCANNED + 1);
        boolean truncated = read.size() > AutomationDryRun.MAX_SCANNED;
        List<AutomationEvent> scanned = truncated ? read.subList(0, AutomationDryRun.MAX_SCANNED) : read;
        List<AutomationEvent> triggering = scanned.stream().filter(event -> event.trigger() == rule.trigger())
                .toList();
        List<AutomationFacts> facts = triggering.isEmpty() ? List.of() : subjects.factsOf(triggering);
        List<AutomationDryRun.Hit> hits = new ArrayList<>();
        for (int i = 0; i < triggering.size(); i++) {
            AutomationRun.Verdict verdict = rule.judge(triggering.get(i), facts.get(i));
            hits.add(new AutomationDryRun.Hit(triggering.get(i), verdict,
                    verdict.applies() ? rule.actions() : List.of()));
        }
        return new AutomationDryRun(from, hits, scanned.size(), truncated);
    }

    /** The definition, validated, whose stages, pipelines and staff belong to the school. */
    private AutomationRuleDraft.Valid checked(String schoolId, AutomationRuleDraft draft) {
        AutomationRuleDraft.Valid definition = draft.validate();
        var checks = new Checks();
        List<String> stageIds = definition.stageIds();
        if (!stageIds.isEmpty() && !subjects.stagesExist(schoolId, stageIds)) {
            checks.add("conditions", ErrorCode.INVALID, "error.automation.unknown-stage");
        }
        List<String> pipelineIds = definition.pipelineIds();
        if (!pipelineIds.isEmpty() && !subjects.pipelinesExist(schoolId, pipelineIds)) {
            checks.add("conditions", ErrorCode.INVALID, "error.automation.unknown-pipeline");
        }
        for (int i = 0; i < definition.conditions().size(); i++) {
            String staff = definition.conditions().get(i).staffSubject();
            if (staff != null && !subjects.isStaff(schoolId, staff)) {
                checks.add("conditions." + i + ".value", ErrorCode.INVALID, "error.automation.not-staff");
            }
        }
        for (int i = 0; i < definition.actions().size(); i++) {
            String staff = definition.actions().get(i).staffSubject();
            if (staff != null && !subjects.isStaff(schoolId, staff)) {
                checks.add("actions." + i + ".target", ErrorCode.INVALID, "error.automation.not-staff");
            }
        }
        checks.throwIfAny();
        return definition;
    }

    private AutomationRule change(Actor actor, String ruleId, Long expectedVersion, String eventType,
                                  UnaryOperator<AutomationRule> change) {
        return new VersionedChange<>(() -> configurable(actor, ruleId), AutomationRule::version,
                (before, after) -> rules.update(after, events.changed(eventType,
                        actor.initiatorFor(Tenant.school(after.schoolId())), before, after,
                        AutomationRuleEvents.attributesOf(after)))).apply(expectedVersion, change);
    }

    private AutomationRule configurable(Actor actor, String ruleId) {
        AutomationRule rule = find(actor, ruleId).orElseThrow(() -> new NotFoundException(TYPE, ruleId));
        CrmAccess.requireConfigure(actor, rule.schoolId());
        return rule;
    }
}
