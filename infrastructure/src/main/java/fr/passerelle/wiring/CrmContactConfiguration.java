package fr.passerelle.wiring;

import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.port.out.LifecycleTargetLists;
import fr.passerelle.crm.service.CompanyContacts;
import fr.passerelle.crm.service.ContactImportService;
import fr.passerelle.crm.service.ContactMergeService;
import fr.passerelle.crm.service.LearnerContacts;
import fr.passerelle.crm.service.SegmentService;
import fr.passerelle.crm.port.out.Segments;
import fr.passerelle.consent.port.out.ConsentRecords;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.crm.service.ContactService;
import fr.passerelle.privacy.port.out.ErasedPeople;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.port.IdGenerator;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** CRM contacts, tags and segments: their use cases. */
@Configuration(proxyBeanMethods = false)
class CrmContactConfiguration {

    @Bean
    ContactService contactService(Contacts contacts, LifecycleTargetLists targets, Memberships memberships,
                                  IdGenerator ids, EventFactory events, Clock clock) {
        return new ContactService(contacts, targets, memberships, ids, events, clock);
    }

    @Bean
    ContactImportService contactImportService(ContactService contactService, IdGenerator ids, Clock clock) {
        return new ContactImportService(contactService, ids, clock);
    }

    @Bean
    SegmentService segmentService(Segments segments, Contacts contacts, ConsentRecords consents, IdGenerator ids,
                                  EventFactory events, Clock clock) {
        return new SegmentService(segments, contacts, consents, ids, events, clock);
    }

    @Bean
    LearnerContacts learnerContacts(Learners learners, Contacts contacts, ContactService contactService,
                                    EventFactory events, Clock clock) {
        return new LearnerContacts(learners, contacts, contactService, events, clock);
    }

    @Bean
    CompanyContacts companyContacts(Memberships memberships, Agreements agreements, ErasedPeople erased,
                                    Contacts contacts, ContactService contactService, EventFactory events,
                                    Clock clock) {
        return new CompanyContacts(memberships, agreements, erased, contacts, contactService, events, clock);
    }

    @Bean
    ContactMergeService contactMergeService(ContactService contactService, Contacts contacts, EventFactory events,
                                            Clock clock) {
        return new ContactMergeService(contactService, contacts, events, clock);
    }
}
