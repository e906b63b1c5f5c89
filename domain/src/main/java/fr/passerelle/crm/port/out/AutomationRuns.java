package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.AutomationRun;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Optional;

/** The run log: one entry per event and rule, ids only. */
public interface AutomationRuns {

    /** Records the run unless one with its id exists; false when it did (the run had been recorded before). */
    boolean record(AutomationRun run);

    Optional<AutomationRun> findById(String id);

    /** The rule's runs, newest first. */
    Page<AutomationRun> ofRule(String ruleId, Paging paging);
}
