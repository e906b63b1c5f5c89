package fr.passerelle.testing;

import fr.passerelle.crm.model.AutomationEvent;
import fr.passerelle.crm.port.out.AutomationEventLog;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** {@link AutomationEventLog} in a map, idempotent on the event id. */
public class InMemoryAutomationEventLog extends InMemoryRecords<AutomationEvent> implements AutomationEventLog {

    public InMemoryAutomationEventLog() {
        super(AutomationEvent::id);
    }

    @Override
    public void record(AutomationEvent event) {
        addIfAbsent(event);
    }

    @Override
    public List<AutomationEvent> recent(String schoolId, Instant since, int limit) {
        return matching(e -> e.schoolId().equals(schoolId) && !e.occurredAt().isBefore(since),
                Comparator.comparing(AutomationEvent::occurredAt).reversed().thenComparing(AutomationEvent::id))
                .stream().limit(limit).toList();
    }

    @Override
    public long forgetBefore(Instant before) {
        List<AutomationEvent> old = matching(e -> e.occurredAt().isBefore(before),
                Comparator.comparing(AutomationEvent::id));
        old.forEach(e -> delete(e.id()));
        return old.size();
    }
}
