package fr.passerelle.crm.service;

import fr.passerelle.crm.model.AutomationDryRun;
import fr.passerelle.crm.model.AutomationEvent;
import fr.passerelle.crm.port.out.AutomationEventLog;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import java.time.Clock;
import java.time.Duration;

/**
 * Keeps every school's trigger events for {@link AutomationDryRun#DAYS} days, whether or not a rule listens yet: the
 * dry run of a rule not yet enabled replays them. (The audit trail keeps events longer but not their attributes,
 * which conditions such as "moved to stage X" read.) Each recording also forgets what has aged out.
 */
public class AutomationEventRecorder implements EventSubscriber {

    private final AutomationEventLog log;
    private final Clock clock;

    public AutomationEventRecorder(AutomationEventLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "crm-automation-events";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return AutomationEvent.of(event).isPresent();
    }

    @Override
    public void on(DomainEvent event) {
        log.record(AutomationEvent.of(event).orElseThrow());
        log.forgetBefore(clock.instant().minus(Duration.ofDays(AutomationDryRun.DAYS)));
    }
}
