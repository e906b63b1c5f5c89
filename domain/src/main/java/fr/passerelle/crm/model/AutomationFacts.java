package fr.passerelle.crm.model;

import java.util.Set;

/**
 * What a rule's conditions and actions read about the deal and the contact an event concerns, as they are when the
 * rule runs. Every part is optional: an event may concern a contact without a deal, or neither.
 *
 * @param amountCents the deal's expected amount, in cents, when it has one
 * @param roles       the contact's roles (names of the CRM's contact roles)
 * @param tags        the contact's tags
 * @param stages      the contact's lifecycle stages (one per target kind)
 * @param taskOwner   the owner of the task the event is about (a task's events), when it is one
 */
public record AutomationFacts(String dealId, String pipelineId, String dealStageId, Long amountCents,
                              String dealOwner, String contactId, Set<String> roles, Set<String> tags, String source,
                              String situation, Set<String> stages, String taskOwner) {

    public static final AutomationFacts NONE =
            new AutomationFacts(null, null, null, null, null, null, Set.of(), Set.of(), null, null, Set.of(), null);

    public AutomationFacts {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        stages = stages == null ? Set.of() : Set.copyOf(stages);
    }
}
