package fr.passerelle.wiring;

import fr.passerelle.crm.port.out.ContactReferences;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.port.out.Deals;
import fr.passerelle.crm.port.out.Pipelines;
import fr.passerelle.crm.port.out.Tasks;
import fr.passerelle.crm.service.DealMergeFollower;
import fr.passerelle.crm.service.DealService;
import fr.passerelle.crm.service.DealSlaReminders;
import fr.passerelle.crm.service.PipelineService;
import fr.passerelle.crm.service.TaskOverdueReminders;
import fr.passerelle.crm.service.TaskService;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The CRM's pipelines, deals and tasks: their use cases, their reminders, and how they follow contact merges. */
@Configuration(proxyBeanMethods = false)
class CrmDealsConfiguration {

    @Bean
    PipelineService pipelineService(Pipelines pipelines, Deals deals, IdGenerator ids, EventFactory events,
                                    Clock clock) {
        return new PipelineService(pipelines, deals, ids, events, clock);
    }

    @Bean
    DealService dealService(Deals deals, Pipelines pipelines, ContactReferences contacts, Memberships memberships,
                            IdGenerator ids, EventFactory events, Clock clock) {
        return new DealService(deals, pipelines, contacts, memberships, ids, events, clock);
    }

    @Bean
    TaskService taskService(Tasks tasks, Deals deals, ContactReferences contacts, Memberships memberships,
                            IdGenerator ids, EventFactory events, Clock clock) {
        return new TaskService(tasks, deals, contacts, memberships, ids, events, clock);
    }

    @Bean
    TaskOverdueReminders taskOverdueReminders(Tasks tasks, NoticeDelivery delivery, Reminders reminders,
                                              Memberships memberships, EventFactory events, Clock clock) {
        return new TaskOverdueReminders(tasks, delivery, reminders, memberships, events, clock);
    }

    @Bean
    DealSlaReminders dealSlaReminders(Deals deals, Pipelines pipelines, NoticeDelivery delivery,
                                      Reminders reminders, Memberships memberships, Clock clock) {
        return new DealSlaReminders(deals, pipelines, delivery, reminders, memberships, clock);
    }

    @Bean
    DealMergeFollower crmDealsContactMerges(Contacts contacts, Deals deals, Tasks tasks, EventFactory events) {
        return new DealMergeFollower(contacts, deals, tasks, events);
    }
}
