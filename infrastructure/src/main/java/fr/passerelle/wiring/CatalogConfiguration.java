package fr.passerelle.wiring;

import fr.passerelle.catalog.port.out.Programmes;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.catalog.service.ProgrammeService;
import fr.passerelle.catalog.service.PublicCatalogueService;
import fr.passerelle.catalog.service.SeatService;
import fr.passerelle.catalog.service.SessionNotices;
import fr.passerelle.catalog.service.SessionService;
import fr.passerelle.crm.port.out.ContactReferences;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.port.IdGenerator;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalogue: programmes, sessions, their seats, the public catalogue, and the notices admissions act on. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    ProgrammeService programmeService(Programmes programmes, IdGenerator ids, EventFactory events, Clock clock) {
        return new ProgrammeService(programmes, ids, events, clock);
    }

    @Bean
    SessionService sessionService(Sessions sessions, Programmes programmes, Memberships memberships,
                                  ContactReferences contacts, IdGenerator ids, EventFactory events, Clock clock) {
        return new SessionService(sessions, programmes, memberships, contacts, ids, events, clock);
    }

    @Bean
    SeatService seatService(Sessions sessions, Programmes programmes, ContactReferences contacts,
                            EventFactory events, Clock clock) {
        return new SeatService(sessions, programmes, contacts, events, clock);
    }

    @Bean
    PublicCatalogueService publicCatalogueService(Schools schools, Programmes programmes, Sessions sessions) {
        return new PublicCatalogueService(schools, programmes, sessions);
    }

    @Bean
    SessionNotices catalogSessionNotices(Sessions sessions, Memberships memberships, NoticeDelivery delivery) {
        return new SessionNotices(sessions, memberships, delivery);
    }
}
