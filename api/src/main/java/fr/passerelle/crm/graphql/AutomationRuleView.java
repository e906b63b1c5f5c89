package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.crm.model.AutomationAction;
import fr.passerelle.crm.model.AutomationCondition;
import fr.passerelle.crm.model.AutomationRule;
import fr.passerelle.crm.model.AutomationTrigger;
import java.time.Instant;
import java.util.List;

/** GraphQL {@code AutomationRule}; conditions, actions and the loop skip are the domain's records as they are. */
public record AutomationRuleView(String id, String name, boolean enabled, AutomationTrigger trigger,
                                 Integer afterWorkingDays, List<AutomationCondition> conditions,
                                 List<AutomationAction> actions, AutomationRule.LoopSkip lastLoopSkip,
                                 Instant createdAt, Instant updatedAt, long version) {

    public static final String TYPE = "AutomationRule";

    public static AutomationRuleView of(AutomationRule rule) {
        return new AutomationRuleView(GlobalIds.encode(TYPE, rule.id()), rule.name(), rule.enabled(), rule.trigger(),
                rule.afterWorkingDays(), rule.conditions(), rule.actions(), rule.lastSkip(), rule.createdAt(),
                rule.updatedAt(), rule.version());
    }

    /** GraphQL {@code AutomationRulePayload}. */
    record Payload(List<UserErrorView> userErrors, AutomationRuleView automationRule) {

        static Payload of(List<UserErrorView> userErrors, AutomationRule rule) {
            return new Payload(userErrors, rule == null ? null : AutomationRuleView.of(rule));
        }
    }
}
