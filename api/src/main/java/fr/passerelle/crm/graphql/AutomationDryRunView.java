package fr.passerelle.crm.graphql;

import fr.passerelle.crm.model.AutomationAction;
import fr.passerelle.crm.model.AutomationDryRun;
import fr.passerelle.crm.model.AutomationRun;
import java.time.Instant;
import java.util.List;

/** GraphQL {@code AutomationDryRun}. */
record AutomationDryRunView(Instant from, int scanned, boolean truncated, List<Hit> hits) {

    /** GraphQL {@code AutomationDryRunHit}. */
    record Hit(String eventId, Instant occurredAt, String aggregateType, String aggregateId,
               AutomationRun.Outcome outcome, AutomationRun.Reason reason, List<AutomationAction> actions) {
    }

    static AutomationDryRunView of(AutomationDryRun dryRun) {
        return new AutomationDryRunView(dryRun.from(), dryRun.scanned(), dryRun.truncated(), dryRun.hits().stream()
                .map(hit -> new Hit(hit.event().id(), hit.event().occurredAt(), hit.event().aggregateType(),
                        hit.event().aggregateId(), hit.verdict().outcome(), hit.verdict().reason(), hit.actions()))
                .toList());
    }
}
