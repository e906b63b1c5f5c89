package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.AutomationTrigger;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A school's trigger event, kept for the dry run's window: read by id (a rule's run), by school newest first (a dry
 * run), and forgotten by age ({@code by_age}).
 */
@Document("crmAutomationEvents")
@CompoundIndexes({
        @CompoundIndex(name = "by_school", def = "{'schoolId': 1, 'occurredAt': -1, '_id': -1}"),
        @CompoundIndex(name = "by_age", def = "{'occurredAt': 1}")})
record AutomationEventDocument(@Id String id, String schoolId, AutomationTrigger trigger, String aggregateType,
                               String aggregateId, Instant occurredAt, Map<String, String> attributes) {
}
