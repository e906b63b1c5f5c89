package fr.passerelle.testing;

import fr.passerelle.crm.model.AutomationRun;
import fr.passerelle.crm.port.out.AutomationRuns;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Comparator;

/** {@link AutomationRuns} in a map: recording is idempotent on the run's id. */
public class InMemoryAutomationRuns extends InMemoryRecords<AutomationRun> implements AutomationRuns {

    public InMemoryAutomationRuns() {
        super(AutomationRun::id);
    }

    @Override
    public boolean record(AutomationRun run) {
        return addIfAbsent(run);
    }

    @Override
    public Page<AutomationRun> ofRule(String ruleId, Paging paging) {
        return page(run -> run.ruleId().equals(ruleId),
                Comparator.comparing(AutomationRun::ranAt).reversed().thenComparing(AutomationRun::id),
                AutomationRun::ranAt, paging);
    }
}
