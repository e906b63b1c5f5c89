package fr.passerelle.enrollment.wiring;

import fr.passerelle.crm.port.out.ContactFiles;
import fr.passerelle.enrollment.port.out.DossierDocuments;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.enrollment.port.out.FundingProgress;
import fr.passerelle.enrollment.service.DossierExpiry;
import fr.passerelle.enrollment.service.DossierGate;
import fr.passerelle.enrollment.service.DossierNotices;
import fr.passerelle.enrollment.service.DossierService;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The enrollment's dossier: its documents' use cases, the dossier gate ({@code DossierProgress}) the enrollment reads,
 * the notices to admissions and learners, and the expiry reminder. Files go to the CRM's file store
 * ({@link ContactFiles}, under {@code dossier/…} keys): one store of uploaded scans, not two.
 */
@Configuration(proxyBeanMethods = false)
class DossierConfiguration {

    @Bean
    DossierGate dossierGate(DossierDocuments documents, FundingProgress funding, Clock clock) {
        return new DossierGate(documents, funding, clock);
    }

    @Bean
    DossierService dossierService(Enrollments enrollments, DossierDocuments documents, ContactFiles files,
                                  DossierGate gate, Reminders reminders, EventFactory events, Clock clock) {
        return new DossierService(enrollments, documents, files, gate, reminders, events, clock);
    }

    @Bean
    DossierNotices dossierNotices(DossierDocuments documents, Enrollments enrollments, Memberships memberships,
                                  NoticeDelivery delivery) {
        return new DossierNotices(documents, enrollments, memberships, delivery);
    }

    @Bean
    DossierExpiry dossierExpiry(DossierService dossiers) {
        return new DossierExpiry(dossiers);
    }
}
