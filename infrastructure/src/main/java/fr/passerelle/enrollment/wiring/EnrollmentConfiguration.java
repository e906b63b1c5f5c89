package fr.passerelle.enrollment.wiring;

import fr.passerelle.catalog.port.in.SeatUseCases;
import fr.passerelle.catalog.port.out.Programmes;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.crm.port.out.ContactReferences;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.enrollment.service.EnrollmentService;
import fr.passerelle.shared.event.EventFactory;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The enrollment's path: its use cases, the subscriber that advances it on its gates, and its reminders. */
@Configuration(proxyBeanMethods = false)
class EnrollmentConfiguration {

    @Bean
    EnrollmentService enrollmentService(Enrollments enrollments, Sessions sessions, Programmes programmes,
                                        ContactReferences contactReferences, Contacts contacts, SeatUseCases seats,
                                        EventFactory events, Clock clock) {
        return new EnrollmentService(enrollments, sessions, programmes, contactReferences, contacts, seats, events,
                clock);
    }
}
