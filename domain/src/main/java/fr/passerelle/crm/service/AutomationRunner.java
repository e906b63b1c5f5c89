package fr.passerelle.crm.service;

import fr.passerelle.agreement.rules.PublicHolidays;
import fr.passerelle.crm.model.AutomationAction;
import fr.passerelle.crm.model.AutomationCause;
import fr.passerelle.crm.model.AutomationEvent;
import fr.passerelle.crm.model.AutomationFacts;
import fr.passerelle.crm.model.AutomationRule;
import fr.passerelle.crm.model.AutomationRun;
import fr.passerelle.crm.port.out.AutomationEffects;
import fr.passerelle.crm.port.out.AutomationEventLog;
import fr.passerelle.crm.port.out.AutomationRules;
import fr.passerelle.crm.port.out.AutomationRuns;
import fr.passerelle.crm.port.out.AutomationSubjects;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one rule on one event, as the durable job {@link AutomationTriggers} scheduled: judges it (conditions, loop),
 * applies its actions with the rule as their cause, and records the run. A run already recorded is not run again; a
 * crash between the actions and the record repeats the actions (see {@link AutomationEffects} for what that repeats).
 * A refused action (a business rule, a record gone) ends the run as FAILED, with what was done before it, and tells
 * the school's admins; any other failure lets the job retry.
 */
public class AutomationRunner implements ReminderHandler {

    static final String KIND = "crm-automation-run";
    static final String EVENT = "eventId";
    static final String RULE = "ruleId";

    private final AutomationRules rules;
    private final AutomationRuns runs;
    private final AutomationEventLog log;
    private final AutomationSubjects subjects;
    private final AutomationEffects effects;
    private final PublicHolidays holidays;
    private final AutomationFailureNotices failures;
    private final Clock clock;

    public AutomationRunner(AutomationRules rules, AutomationRuns runs, AutomationEventLog log,
                            AutomationSubjects subjects, AutomationEffects effects, PublicHolidays holidays,
                            AutomationFailureNotices failures, Clock clock) {
        this.rules = rules;
        this.runs = runs;
        this.log = log;
        this.subjects = subjects;
        this.effects = effects;
        this.holidays = holidays;
        this.failures = failures;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(Reminder reminder) {
        String eventId = reminder.attribute(EVENT);
        String ruleId = reminder.attribute(RULE);
        if (runs.findById(AutomationRun.idOf(eventId, ruleId)).isPresent()) {
            return;
        }
        Optional<AutomationEvent> event = log.findById(eventId);
        Optional<AutomationRule> rule = rules.findById(ruleId);
        if (event.isEmpty() || rule.isEmpty()) {
            return; // aged out of the log, or never stored: nothing to judge, nothing to record against
        }
        AutomationRun run = run(rule.get(), event.get());
        if (run.outcome() == AutomationRun.Outcome.FAILED) {
            failures.failed(rule.get(), run); // first: keyed by the run, so a retry tells them once
        }
        runs.record(run);
    }

    private AutomationRun run(AutomationRule rule, AutomationEvent event) {
        if (!rule.enabled() || rule.deleted()) {
            return AutomationRun.of(rule, event, AutomationRun.Verdict.of(AutomationRun.Outcome.CONDITIONS_NOT_MET,
                    AutomationRun.Reason.RULE_OFF), null, List.of(), clock.instant());
        }
        AutomationFacts facts = subjects.factsOf(event);
        AutomationRun.Verdict verdict = rule.judge(event, facts);
        if (verdict.outcome() == AutomationRun.Outcome.SKIPPED_LOOP) {
            rules.noteSkip(rule.id(), new AutomationRule.LoopSkip(event.id(), verdict.reason(), clock.instant()));
        }
        if (!verdict.applies()) {
            return AutomationRun.of(rule, event, verdict, null, List.of(), clock.instant());
        }
        AutomationCause cause = rule.causeOn(event);
        List<String> done = new ArrayList<>();
        try {
            for (int i = 0; i < rule.actions().size(); i++) {
                done.add(apply(rule.actions().get(i), i, event, facts, cause));
            }
        } catch (BusinessRuleViolation refused) {
            return failed(rule, event, refused.violations().get(0).message().key(), done);
        } catch (NotFoundException gone) {
            return failed(rule, event, "error.automation.subject-gone", done);
        }
        return AutomationRun.of(rule, event, verdict, null, done, clock.instant());
    }

    private String apply(AutomationAction action, int index, AutomationEvent event, AutomationFacts facts,
                         AutomationCause cause) {
        String school = event.schoolId();
        return switch (action.kind()) {
            case MOVE_DEAL -> effects.moveDeal(school, facts.dealId(), action.target(), cause);
            case ASSIGN_OWNER -> effects.assignOwner(school, facts.dealId(), action.target(), cause);
            case CREATE_TASK -> effects.createTask(school, facts.dealId(), facts.contactId(), action.title(),
                    action.dueAt(PlatformCalendar.today(clock), holidays),
                    action.target() != null ? action.target() : facts.dealOwner(), cause, cause.effectKey(index));
            case ADD_TAG -> effects.addTag(school, facts.contactId(), action.target(), cause);
            case REMOVE_TAG -> effects.removeTag(school, facts.contactId(), action.target(), cause);
            case NOTIFY_STAFF -> effects.notifyStaff(school, action.target(), facts.dealId(), facts.contactId(), cause,
                    cause.effectKey(index));
        };
    }

    private AutomationRun failed(AutomationRule rule, AutomationEvent event, String error, List<String> done) {
        return AutomationRun.of(rule, event, AutomationRun.Verdict.of(AutomationRun.Outcome.FAILED,
                AutomationRun.Reason.ACTION_REFUSED), error, done, clock.instant());
    }
}
