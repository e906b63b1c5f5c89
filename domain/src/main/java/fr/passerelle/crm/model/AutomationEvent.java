package fr.passerelle.crm.model;

import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.event.DomainEvent;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A trigger event as automations keep it: ids and routing attributes only (as every event), and the school it
 * concerns. Kept for the dry run's 30 days and read back by the durable run of each rule.
 */
public record AutomationEvent(String id, String schoolId, AutomationTrigger trigger, String aggregateType,
                              String aggregateId, Instant occurredAt, Map<String, String> attributes) {

    /** The attribute naming the school by its tenant key, as the internship and agreement events carry it. */
    public static final String SCHOOL = "school";

    /**
     * The attributes kept: those conditions and facts read (ids and states). Others, such as a learner's subject on
     * an application event, are not automations' business and are not copied.
     */
    static final Set<String> KEPT = Set.of(CrmEvents.SCHOOL, CrmEvents.PIPELINE, CrmEvents.DEAL, CrmEvents.CONTACT,
            CrmEvents.TASK, CrmEvents.STAGE, CrmEvents.FROM_STAGE, AutomationChain.ATTRIBUTE, AutomationChain.RULE,
            ContactEvents.TARGET, ContactEvents.DAYS, "status");

    public AutomationEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(trigger, "trigger");
        attributes = Map.copyOf(attributes);
    }

    /** The event as automations see it; empty when it is no trigger or names no school. */
    public static Optional<AutomationEvent> of(DomainEvent event) {
        return AutomationTrigger.ofEventType(event.type()).flatMap(trigger -> schoolOf(event).map(school ->
                new AutomationEvent(event.id(), school, trigger, event.aggregateType(), event.aggregateId(),
                        event.occurredAt(), kept(event.attributes()))));
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    public AutomationChain chain() {
        return AutomationChain.of(attributes);
    }

    /** The CRM's own events name the school by id ({@link CrmEvents#SCHOOL}); older features by tenant key. */
    private static Map<String, String> kept(Map<String, String> attributes) {
        return attributes.entrySet().stream().filter(e -> KEPT.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Optional<String> schoolOf(DomainEvent event) {
        String id = event.attribute(CrmEvents.SCHOOL);
        if (id != null && !id.isBlank()) {
            return Optional.of(id);
        }
        String key = event.attribute(SCHOOL);
        String prefix = Tenant.school("").key();
        if (key != null && key.startsWith(prefix) && key.length() > prefix.length()) {
            return Optional.of(key.substring(prefix.length()));
        }
        return Optional.empty();
    }
}
