package fr.passerelle.crm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.crm.model.AutomationCause;
import fr.passerelle.crm.model.AutomationChain;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.notification.model.Notification;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Deliveries;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemoryNotifications;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule's notice reaches only someone who works the school's CRM when it runs, not someone who has left since. */
class CrmAutomationEffectsTest {

    private static final String SCHOOL = "school-1";

    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryNotifications inbox = new InMemoryNotifications();
    private final CrmAutomationEffects effects = new CrmAutomationEffects(null, null, null, null, memberships,
            Deliveries.inApp(inbox), Fixtures.events(), Fixtures.CLOCK);
    private final AutomationCause cause = new AutomationCause("rule-1", "Relance", "event-1",
            new AutomationChain(List.of()));

    @Test
    void aNoticeToSomeoneWhoLeftTheCrmIsRefusedAndDeliversNothing() {
        Actors.member(memberships, "advisor-1", Tenant.school(SCHOOL), MembershipRole.ADMISSIONS);
        effects.notifyStaff(SCHOOL, "advisor-1", "deal-1", "contact-1", cause, "key-1");
        assertThat(inbox.all()).extracting(Notification::recipient).containsExactly("advisor-1");

        Actors.member(memberships, "advisor-1", Tenant.school(SCHOOL), MembershipRole.SCHOOL_STAFF);
        assertThatThrownBy(() -> effects.notifyStaff(SCHOOL, "advisor-1", "deal-1", "contact-1", cause, "key-2"))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> effects.notifyStaff("another-school", "advisor-1", null, "contact-1", cause,
                "key-3")).isInstanceOf(BusinessRuleViolation.class);
        assertThat(inbox.all()).hasSize(1);
    }
}
