package fr.passerelle.enrollment.wiring;

import fr.passerelle.catalog.port.in.SeatUseCases;
import fr.passerelle.catalog.port.out.Programmes;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.crm.port.out.ContactReferences;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.enrollment.port.out.ContractProgress;
import fr.passerelle.enrollment.port.out.DossierProgress;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.enrollment.port.out.FundingProgress;
import fr.passerelle.enrollment.port.out.PaymentProgress;
import fr.passerelle.enrollment.service.EnrollmentAdvancer;
import fr.passerelle.enrollment.service.EnrollmentGates;
import fr.passerelle.enrollment.service.EnrollmentNotices;
import fr.passerelle.enrollment.service.EnrollmentService;
import fr.passerelle.enrollment.service.WithdrawalEnds;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The enrollment's path: its use cases, the subscriber that advances it on its gates, the withdrawal-end reminder and
 * the notices.
 */
@Configuration(proxyBeanMethods = false)
class EnrollmentConfiguration {

    @Bean
    EnrollmentService enrollmentService(Enrollments enrollments, Sessions sessions, Programmes programmes,
                                        ContactReferences contactReferences, Contacts contacts, SeatUseCases seats,
                                        EventFactory events, Clock clock) {
        return new EnrollmentService(enrollments, sessions, programmes, contactReferences, contacts, seats, events,
                clock);
    }

    @Bean
    EnrollmentGates enrollmentGates(DossierProgress dossier, FundingProgress funding, ContractProgress contract,
                                    PaymentProgress payment) {
        return new EnrollmentGates(dossier, funding, contract, payment);
    }

    @Bean
    EnrollmentAdvancer enrollmentAdvancer(Enrollments enrollments, EnrollmentGates gates, EventFactory events,
                                          Clock clock) {
        return new EnrollmentAdvancer(enrollments, gates, events, clock);
    }

    @Bean
    WithdrawalEnds enrollmentWithdrawalEnds(Enrollments enrollments, Reminders reminders,
                                            EnrollmentAdvancer advancer) {
        return new WithdrawalEnds(enrollments, reminders, advancer);
    }

    @Bean
    EnrollmentNotices enrollmentNotices(Enrollments enrollments, Sessions sessions, Memberships memberships,
                                        NoticeDelivery delivery) {
        return new EnrollmentNotices(enrollments, sessions, memberships, delivery);
    }
}
