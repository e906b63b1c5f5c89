package fr.passerelle.crm.model;

import java.util.Map;
import java.util.Objects;

/**
 * Why an automatic change is made: which rule, on which event, under which name. Every operation an automation
 * performs carries it, so the changed record shows "by rule X" and its event carries the {@link AutomationChain}
 * that keeps rules from looping.
 *
 * @param ruleName the rule's name when it acted (the reason shown next to the change)
 * @param chain    the rules that led to this change, this one last
 */
public record AutomationCause(String ruleId, String ruleName, String eventId, AutomationChain chain) {

    public AutomationCause {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(chain, "chain");
    }

    /** The attributes the changed record's event must carry (ids only). */
    public Map<String, String> eventAttributes() {
        return chain.attributes();
    }

    /** The origin the deals and tasks record on the changes this cause makes. */
    public AutomationOrigin origin() {
        return new AutomationOrigin(ruleId, ruleName, chain.ruleIds());
    }

    /** A key unique to this rule's run on this event and the action's position, for idempotent effects. */
    public String effectKey(int actionIndex) {
        return eventId + "/" + ruleId + "/" + actionIndex;
    }
}
