package fr.passerelle.enrollment.wiring;

import fr.passerelle.agreement.port.out.DocumentArchive;
import fr.passerelle.agreement.port.out.SignatureProvider;
import fr.passerelle.catalog.port.out.Programmes;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.enrollment.contract.PublicContractLinks;
import fr.passerelle.enrollment.port.out.ContractDocuments;
import fr.passerelle.enrollment.port.out.ContractLinks;
import fr.passerelle.enrollment.port.out.DossierProgress;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.enrollment.port.out.FundingProgress;
import fr.passerelle.enrollment.port.out.TrainingContracts;
import fr.passerelle.enrollment.service.ContractNotices;
import fr.passerelle.enrollment.service.ContractRecalls;
import fr.passerelle.enrollment.service.ContractParticularsSources;
import fr.passerelle.enrollment.service.TrainingContractService;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.port.PublicBaseUrl;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The enrollment's training contract: its use cases, which are also the enrollment's contract gate
 * ({@link fr.passerelle.enrollment.port.out.ContractProgress}), and the notices of its signing circuit.
 */
@Configuration(proxyBeanMethods = false)
class ContractConfiguration {

    @Bean
    TrainingContractService trainingContractService(Enrollments enrollments, TrainingContracts contracts,
                                                    DossierProgress dossier, FundingProgress funding,
                                                    Schools schools, Programmes programmes, Sessions sessions,
                                                    Contacts contacts, Memberships memberships,
                                                    ContractDocuments documents, DocumentArchive archive,
                                                    SignatureProvider signatures, EventFactory events, Clock clock) {
        return new TrainingContractService(enrollments, contracts, dossier, funding,
                new ContractParticularsSources(schools, programmes, sessions, contacts, memberships), documents,
                archive, signatures, events, clock);
    }

    /** The address an outside signatory reads in their e-mail, under the platform's public address. */
    @Bean
    ContractLinks contractLinks(PublicBaseUrl publicBaseUrl) {
        return new PublicContractLinks(publicBaseUrl);
    }

    @Bean
    ContractRecalls contractRecalls(TrainingContracts contracts, EventFactory events, Clock clock) {
        return new ContractRecalls(contracts, events, clock);
    }

    @Bean
    ContractNotices contractNotices(TrainingContracts contracts, Memberships memberships, NoticeDelivery delivery,
                                    ContractLinks links) {
        return new ContractNotices(contracts, memberships, delivery, links);
    }
}
