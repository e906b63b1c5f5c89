package fr.passerelle.wiring;

import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.privacy.port.out.DataSubjectRequests;
import fr.passerelle.privacy.port.out.ErasedPeople;
import fr.passerelle.privacy.port.PersonalDataProvider;
import fr.passerelle.privacy.service.DataSubjectRequestReminders;
import fr.passerelle.privacy.service.DataSubjectRequestService;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Data-subject requests over every feature's privacy provider (each a bean in its feature's package). */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

    @Bean
    DataSubjectRequestService dataSubjectRequestService(DataSubjectRequests requests,
                                                        List<PersonalDataProvider> providers, ErasedPeople erased,
                                                        Learners learners, Memberships memberships,
                                                        Reminders reminders, EventFactory events, IdGenerator ids,
                                                        Clock clock) {
        return new DataSubjectRequestService(requests, providers, erased, learners, memberships, reminders, events,
                ids, clock);
    }

    @Bean
    DataSubjectRequestReminders dataSubjectRequestReminders(DataSubjectRequests requests, Memberships memberships,
                                                            NoticeDelivery delivery) {
        return new DataSubjectRequestReminders(requests, memberships, delivery);
    }
}
