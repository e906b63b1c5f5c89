package fr.passerelle.crm.service;

import fr.passerelle.crm.model.AutomationRule;
import fr.passerelle.crm.model.AutomationRun;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.validation.Limits;
import java.util.Map;
import java.util.Set;

/**
 * Tells a school's admins, in their language, that one of its rules failed (an action refused): they are the ones who
 * can fix the rule. Keyed by the run, so a retried run tells them once. The notice names the rule, never the contact.
 */
public class AutomationFailureNotices {

    private final Memberships memberships;
    private final NoticeDelivery delivery;

    public AutomationFailureNotices(Memberships memberships, NoticeDelivery delivery) {
        this.memberships = memberships;
        this.delivery = delivery;
    }

    void failed(AutomationRule rule, AutomationRun run) {
        var admins = memberships.findActiveByTenant(Tenant.school(rule.schoolId()), Set.of(MembershipRole.SCHOOL_ADMIN),
                Limits.FAN_OUT).stream().map(Membership::subject).toList();
        delivery.toPeople("crm-automation-failed/" + run.id(), new Notice(NotificationKind.CRM_AUTOMATION_FAILED,
                Map.of("rule", rule.name()), "AutomationRule", rule.id()), admins);
    }
}
