package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.AutomationRule;
import fr.passerelle.crm.model.AutomationTrigger;
import fr.passerelle.shared.port.AggregateStore;
import java.util.List;

/** Where automation rules are kept. */
public interface AutomationRules extends AggregateStore<AutomationRule> {

    /** The school's rules not deleted, oldest first, at most {@code limit}. */
    List<AutomationRule> findBySchool(String schoolId, int limit);

    long countBySchool(String schoolId);

    /** The school's enabled rules on that trigger (a school has few rules: all of them). */
    List<AutomationRule> findEnabled(String schoolId, AutomationTrigger trigger);

    /** Whether the school has an enabled rule on that trigger: asked for every trigger event, so an indexed read. */
    boolean hasEnabled(String schoolId, AutomationTrigger trigger);

    /**
     * Notes the latest run skipped as a loop, without touching the version: it is bookkeeping, not a change of the
     * rule's definition, and must not make an admin's pending edit stale.
     */
    void noteSkip(String ruleId, AutomationRule.LoopSkip skip);
}
