package fr.passerelle.crm.model;

import java.util.Set;

/**
 * What a rule's conditions and actions read about the deal and the contact an event concerns, as they are when the
 * rule runs. Every part is optional: an event may concern a contact without a deal, or neither.
 *
 * @param amountCents the deal's expected amount, in cents, when it has one
 * @param roles       the contact's roles (names of the CRM's contact roles)
 * @param tags        the contact's tags
 * @param stage       the contact's lifecycle stage
 */
public record AutomationFacts(String dealId, String pipelineId, String dealStageId, Long amountCents,
                              String dealOwner, String contactId, Set<String> roles, Set<String> tags, String source,
                              String situation, String stage) {

    public static final AutomationFacts NONE =
            new AutomationFacts(null, null, null, null, null, null, Set.of(), Set.of(), null, null, null);

    public AutomationFacts {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
