package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.AutomationAction;
import fr.passerelle.crm.model.AutomationCondition;
import fr.passerelle.crm.model.AutomationRun;
import fr.passerelle.crm.model.AutomationTrigger;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Stored automation rule. Listed per school ({@code by_school}); every trigger event asks whether its school has an
 * enabled rule on it ({@code by_trigger}), an indexed read.
 */
@Document("crmAutomationRules")
@CompoundIndexes({
        @CompoundIndex(name = "by_school", def = "{'schoolId': 1, 'deleted': 1, 'createdAt': 1, '_id': 1}"),
        @CompoundIndex(name = "by_trigger", def = "{'schoolId': 1, 'trigger': 1, 'enabled': 1, 'deleted': 1}")})
record AutomationRuleDocument(@Id String id, String schoolId, String name, boolean enabled, AutomationTrigger trigger,
                              Integer afterWorkingDays, List<Condition> conditions, List<Action> actions, Skip lastSkip, boolean deleted,
                              String createdBy, Instant createdAt, Instant updatedAt, long version)
        implements StoredDocument {

    record Condition(AutomationCondition.Field field, String value) {
    }

    record Action(AutomationAction.Kind kind, String target, String title, Integer dueInWorkingDays) {
    }

    record Skip(String eventId, AutomationRun.Reason reason, Instant at) {
    }
}
