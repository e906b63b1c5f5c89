package fr.passerelle.crm.model;

import java.util.Map;

/** The events of automation rules' changes (routed on the school, like every CRM event). */
public final class AutomationRuleEvents {

    public static final String CREATED = "automationRule.created";
    public static final String UPDATED = "automationRule.updated";
    public static final String ENABLED = "automationRule.enabled";
    public static final String DISABLED = "automationRule.disabled";
    public static final String DELETED = "automationRule.deleted";

    private AutomationRuleEvents() {
    }

    public static Map<String, String> attributesOf(AutomationRule rule) {
        return Map.of(CrmEvents.SCHOOL, rule.schoolId());
    }
}
