package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.AutomationRun;
import fr.passerelle.crm.model.AutomationTrigger;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One run of a rule on an event: {@code _id} is the pair, so a second record of the same run is refused by the
 * primary key. Listed per rule, newest first ({@code by_rule}). Ids only.
 */
@Document("crmAutomationRuns")
@CompoundIndex(name = "by_rule", def = "{'ruleId': 1, 'ranAt': -1, '_id': -1}")
record AutomationRunDocument(@Id String id, String schoolId, String ruleId, String eventId, AutomationTrigger trigger,
                             AutomationRun.Outcome outcome, AutomationRun.Reason reason, String error,
                             List<String> effects, Instant ranAt) {
}
