package fr.passerelle.crm.model;

import java.util.Objects;

/**
 * Which automation rule made a change, and why (its own words: "payment received"), recorded on the change so staff
 * see that no one did it by hand. Null wherever a person made the change.
 */
public record AutomationOrigin(String ruleId, String reason) {

    public static final int MAX_REASON = 200;

    public AutomationOrigin {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
        if (reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON);
        }
    }
}
