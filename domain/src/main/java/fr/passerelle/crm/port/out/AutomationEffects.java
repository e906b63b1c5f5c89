package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.AutomationCause;
import java.time.Instant;

/**
 * What a rule's actions do, each through the in-port of the part that owns the record, with the cause so the
 * change records which rule made it and why, and its event carries the rule chain. A run retried after a crash
 * between its actions and its record repeats its actions: moves, owners and tags change nothing the second time, and
 * notices and tasks are keyed by the cause's {@link fr.passerelle.crm.model.AutomationCause#effectKey effect key}, so
 * the second try notifies nobody again and gets the task the first one created. Each returns what it changed (ids
 * only) for the run log; a refusal is a
 * {@link fr.passerelle.shared.validation.BusinessRuleViolation} or a {@link fr.passerelle.shared.error.NotFoundException}.
 */
public interface AutomationEffects {

    String moveDeal(String schoolId, String dealId, String stageId, AutomationCause cause);

    String assignOwner(String schoolId, String dealId, String ownerSubject, AutomationCause cause);

    /**
     * @param dealId    the deal the task is about, or null
     * @param contactId the contact the task is about, or null
     * @param key       unique to this cause and action: a second call with it creates no second task
     */
    String createTask(String schoolId, String dealId, String contactId, String title, Instant dueAt,
                      String ownerSubject, AutomationCause cause, String key);

    String addTag(String schoolId, String contactId, String tag, AutomationCause cause);

    String removeTag(String schoolId, String contactId, String tag, AutomationCause cause);

    /**
     * Tells a staff member, in their language, that the rule acted on the event's deal or contact.
     *
     * @param key unique to this cause and action: a second call with it notifies nobody again
     */
    String notifyStaff(String schoolId, String subject, String dealId, String contactId, AutomationCause cause,
                       String key);
}
