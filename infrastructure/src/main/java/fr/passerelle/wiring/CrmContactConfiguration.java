package fr.passerelle.wiring;

import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.service.ContactService;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.port.IdGenerator;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** CRM contacts, tags and segments: their use cases. */
@Configuration(proxyBeanMethods = false)
class CrmContactConfiguration {

    @Bean
    ContactService contactService(Contacts contacts, IdGenerator ids, EventFactory events, Clock clock) {
        return new ContactService(contacts, ids, events, clock);
    }
}
