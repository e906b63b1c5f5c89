package fr.passerelle.crm.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which automation rule made a change, and why (its own words: "payment received"), recorded on the change so staff
 * see that no one did it by hand. Null wherever a person made the change.
 *
 * @param chain the rules whose actions led to this change, this one last (see {@link AutomationChain}): the
 *              change's event carries them so no rule fires on a change it caused
 */
public record AutomationOrigin(String ruleId, String reason, List<String> chain) {

    public static final int MAX_REASON = 200;

    public AutomationOrigin {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
        if (reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON);
        }
        chain = chain == null || chain.isEmpty() ? List.of(ruleId) : List.copyOf(chain);
    }

    /** A rule acting on an event no rule caused. */
    public AutomationOrigin(String ruleId, String reason) {
        this(ruleId, reason, List.of(ruleId));
    }

    /** The attributes the changed record's event carries, besides its own (rule ids only). */
    public Map<String, String> eventAttributes() {
        return new AutomationChain(chain).attributes();
    }

    /** The event attributes of a change: its own, plus the chain when an automation made it. */
    public static Map<String, String> attributes(Map<String, String> own, AutomationOrigin origin) {
        if (origin == null) {
            return own;
        }
        Map<String, String> all = new java.util.HashMap<>(own);
        all.putAll(origin.eventAttributes());
        return Map.copyOf(all);
    }
}
