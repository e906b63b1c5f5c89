package fr.passerelle.testing;

import fr.passerelle.crm.model.AutomationRule;
import fr.passerelle.crm.model.AutomationTrigger;
import fr.passerelle.crm.port.out.AutomationRules;
import java.util.Comparator;
import java.util.List;

/** {@link AutomationRules} in a map, optimistic locking on {@code version}. */
public class InMemoryAutomationRules extends InMemoryStore<AutomationRule> implements AutomationRules {

    public InMemoryAutomationRules() {
        super("id", AutomationRule::id, (r, version) -> withVersion(r, r.lastSkip(), version));
    }

    @Override
    public List<AutomationRule> findBySchool(String schoolId, int limit) {
        return byId.values().stream().filter(r -> r.schoolId().equals(schoolId) && !r.deleted())
                .sorted(Comparator.comparing(AutomationRule::createdAt).thenComparing(AutomationRule::id))
                .limit(limit).toList();
    }

    @Override
    public long countBySchool(String schoolId) {
        return findBySchool(schoolId, Integer.MAX_VALUE).size();
    }

    @Override
    public List<AutomationRule> findEnabled(String schoolId, AutomationTrigger trigger) {
        return findBySchool(schoolId, Integer.MAX_VALUE).stream()
                .filter(r -> r.enabled() && r.trigger() == trigger).toList();
    }

    @Override
    public boolean hasEnabled(String schoolId, AutomationTrigger trigger) {
        return !findEnabled(schoolId, trigger).isEmpty();
    }

    @Override
    public void noteSkip(String ruleId, AutomationRule.LoopSkip skip) {
        findById(ruleId).ifPresent(r -> byId.put(ruleId, withVersion(r, skip, r.version())));
    }

    private static AutomationRule withVersion(AutomationRule r, AutomationRule.LoopSkip skip, long version) {
        return new AutomationRule(r.id(), r.schoolId(), r.name(), r.enabled(), r.trigger(), r.afterWorkingDays(),
                r.conditions(),
                r.actions(), skip, r.deleted(), r.createdBy(), r.createdAt(), r.updatedAt(), version);
    }
}
