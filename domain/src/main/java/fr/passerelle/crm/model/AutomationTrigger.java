package fr.passerelle.crm.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The domain events an automation rule may start on: an allow-list, so a rule never listens to events whose meaning
 * the CRM does not know (nor to its own {@code automationRule.*} events).
 */
public enum AutomationTrigger {
    DEAL_CREATED("deal.created"),
    DEAL_MOVED("deal.moved"),
    DEAL_WON("deal.won"),
    DEAL_LOST("deal.lost"),
    TASK_COMPLETED("task.completed"),
    TASK_OVERDUE("task.overdue"),
    CONTACT_CREATED("contact.created"),
    CONTACT_STAGE_CHANGED("contact.stageChanged"),
    /** The contact did not reply for the rule's {@code afterWorkingDays} after staff's latest outbound interaction. */
    CONTACT_NO_REPLY("contact.noReply"),
    AGREEMENT_SIGNED("agreement.signed"),
    APPLICATION_SUBMITTED("application.submitted"),
    // The enrollment's and its payments' events name the school and the contact (schoolId, contactId): rules see the
    // contact, not a deal (a confirmation wins the contact's deal by itself, see EnrollmentDeals).
    ENROLLMENT_SIGNED("enrollment.signed"),
    ENROLLMENT_CONFIRMED("enrollment.confirmed"),
    PAYMENT_RECEIVED("payment.received"),
    PAYMENT_OVERDUE("payment.overdue");

    private final String eventType;

    AutomationTrigger(String eventType) {
        this.eventType = eventType;
    }

    public String eventType() {
        return eventType;
    }

    public static Optional<AutomationTrigger> ofEventType(String eventType) {
        return Arrays.stream(values()).filter(t -> t.eventType.equals(eventType)).findFirst();
    }
}
