package fr.passerelle.wiring;

import fr.passerelle.agreement.rules.PublicHolidays;
import fr.passerelle.crm.port.in.ContactUseCases;
import fr.passerelle.crm.port.in.DealUseCases;
import fr.passerelle.crm.port.in.TaskUseCases;
import fr.passerelle.crm.port.out.AutomationEffects;
import fr.passerelle.crm.port.out.AutomationEventLog;
import fr.passerelle.crm.port.out.AutomationRules;
import fr.passerelle.crm.port.out.AutomationRuns;
import fr.passerelle.crm.port.out.AutomationSubjects;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.port.out.Deals;
import fr.passerelle.crm.port.out.Pipelines;
import fr.passerelle.crm.port.out.Tasks;
import fr.passerelle.crm.service.AutomationEventRecorder;
import fr.passerelle.crm.service.AutomationFailureNotices;
import fr.passerelle.crm.service.AutomationRuleService;
import fr.passerelle.crm.service.AutomationRunner;
import fr.passerelle.crm.service.AutomationTriggers;
import fr.passerelle.crm.service.CrmAutomationEffects;
import fr.passerelle.crm.service.CrmAutomationSubjects;
import fr.passerelle.crm.service.NoReplyChecks;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The CRM's automations: rules, the subscribers that take trigger events, the durable runner and its effects. */
@Configuration(proxyBeanMethods = false)
class CrmAutomationConfiguration {

    @Bean
    CrmAutomationSubjects crmAutomationSubjects(Deals deals, Tasks tasks, Contacts contacts, Pipelines pipelines,
                                                Memberships memberships) {
        return new CrmAutomationSubjects(deals, tasks, contacts, pipelines, memberships);
    }

    @Bean
    CrmAutomationEffects crmAutomationEffects(DealUseCases dealUseCases, TaskUseCases taskUseCases, Deals deals,
                                              Contacts contacts, Memberships memberships, NoticeDelivery notices,
                                              EventFactory events, Clock clock) {
        return new CrmAutomationEffects(dealUseCases, taskUseCases, deals, contacts, memberships, notices, events,
                clock);
    }

    @Bean
    AutomationRuleService automationRuleService(AutomationRules rules, AutomationRuns runs, AutomationEventLog log,
                                                AutomationSubjects subjects, IdGenerator ids, EventFactory events,
                                                Clock clock) {
        return new AutomationRuleService(rules, runs, log, subjects, ids, events, clock);
    }

    /** Between the timeline and the contacts: times the "no reply" checks of each outbound interaction. */
    @Bean
    NoReplyChecks noReplyChecks(ContactUseCases contacts, AutomationRules rules, Reminders reminders, Clock clock) {
        return new NoReplyChecks(contacts, rules, reminders, clock);
    }

    @Bean
    AutomationTriggers automationTriggers(AutomationRules rules, AutomationEventLog log, Reminders reminders,
                                          Clock clock) {
        return new AutomationTriggers(rules, log, reminders, clock);
    }

    @Bean
    AutomationEventRecorder automationEventRecorder(AutomationEventLog log, Clock clock) {
        return new AutomationEventRecorder(log, clock);
    }

    @Bean
    AutomationRunner automationRunner(AutomationRules rules, AutomationRuns runs, AutomationEventLog log,
                                      AutomationSubjects subjects, AutomationEffects effects,
                                      Memberships memberships, NoticeDelivery notices, Clock clock) {
        return new AutomationRunner(rules, runs, log, subjects, effects, PublicHolidays.france(),
                new AutomationFailureNotices(memberships, notices), clock);
    }
}
