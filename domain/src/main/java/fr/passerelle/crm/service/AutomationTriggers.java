package fr.passerelle.crm.service;

import fr.passerelle.crm.model.AutomationEvent;
import fr.passerelle.crm.model.AutomationRule;
import fr.passerelle.crm.model.AutomationRun;
import fr.passerelle.crm.port.out.AutomationEventLog;
import fr.passerelle.crm.port.out.AutomationRules;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import java.util.Map;

/**
 * Takes the trigger events of schools that have an enabled rule on them, and schedules one durable job per matching
 * rule, keyed by the event and the rule: redelivering the event schedules nothing more, so each rule runs exactly
 * once per event ({@link AutomationRunner} runs it). The event is kept in the log first, where the job reads it.
 */
public class AutomationTriggers implements EventSubscriber {

    private final AutomationRules rules;
    private final AutomationEventLog log;
    private final Reminders jobs;
    private final Clock clock;

    public AutomationTriggers(AutomationRules rules, AutomationEventLog log, Reminders jobs, Clock clock) {
        this.rules = rules;
        this.log = log;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "crm-automations";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return AutomationEvent.of(event).filter(e -> rules.hasEnabled(e.schoolId(), e.trigger())).isPresent();
    }

    @Override
    public void on(DomainEvent domainEvent) {
        AutomationEvent event = AutomationEvent.of(domainEvent).orElseThrow();
        log.record(event);
        for (AutomationRule rule : rules.findEnabled(event.schoolId(), event.trigger())) {
            jobs.schedule(new Reminder(AutomationRunner.KIND + "/" + AutomationRun.idOf(event.id(), rule.id()),
                    AutomationRunner.KIND, clock.instant(),
                    Map.of(AutomationRunner.EVENT, event.id(), AutomationRunner.RULE, rule.id())));
        }
    }
}
