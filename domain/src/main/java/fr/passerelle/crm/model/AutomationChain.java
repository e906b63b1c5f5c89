package fr.passerelle.crm.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules whose actions led to an event, oldest first: carried by the events of automatic changes (attribute
 * {@value #ATTRIBUTE}, rule ids only), so a rule never fires on a change it caused, however far down the chain, and
 * no chain grows beyond {@link #MAX_DEPTH} rules.
 */
public record AutomationChain(List<String> ruleIds) {

    /** The event attribute listing the chain's rule ids, comma-separated. */
    public static final String ATTRIBUTE = "automationChain";
    /** The event attribute naming the rule whose action made the change (the chain's last). */
    public static final String RULE = "automationRuleId";
    /** At most this many rules in a row: a chain of rules is a convenience, not a program. */
    public static final int MAX_DEPTH = 3;

    public AutomationChain {
        ruleIds = List.copyOf(ruleIds);
    }

    public static AutomationChain of(Map<String, String> attributes) {
        String chain = attributes.get(ATTRIBUTE);
        return new AutomationChain(chain == null || chain.isBlank() ? List.of()
                : Arrays.stream(chain.split(",")).filter(id -> !id.isBlank()).toList());
    }

    public int depth() {
        return ruleIds.size();
    }

    /** Whether the rule already acted in this chain: firing again would be a loop. */
    public boolean contains(String ruleId) {
        return ruleIds.contains(ruleId);
    }

    /** Whether one more rule may act on this chain's event. */
    public boolean full() {
        return depth() >= MAX_DEPTH;
    }

    /** The chain of the changes this rule makes. */
    public AutomationChain then(String ruleId) {
        List<String> longer = new ArrayList<>(ruleIds);
        longer.add(ruleId);
        return new AutomationChain(longer);
    }

    /** The attributes the events of an automatic change carry, to be added to their own. */
    public Map<String, String> attributes() {
        Map<String, String> attributes = new HashMap<>();
        if (!ruleIds.isEmpty()) {
            attributes.put(ATTRIBUTE, String.join(",", ruleIds));
            attributes.put(RULE, ruleIds.get(ruleIds.size() - 1));
        }
        return Map.copyOf(attributes);
    }
}
