package fr.passerelle.enrollment.wiring;

import fr.passerelle.catalog.port.out.Programmes;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.company.port.out.Companies;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.enrollment.port.out.FranceTravailGateway;
import fr.passerelle.enrollment.port.out.Fundings;
import fr.passerelle.enrollment.port.out.OpcoGateway;
import fr.passerelle.enrollment.port.out.TrainingAccountGateway;
import fr.passerelle.enrollment.service.FundingFilings;
import fr.passerelle.enrollment.service.FundingFollowUps;
import fr.passerelle.enrollment.service.FundingGate;
import fr.passerelle.enrollment.service.FundingListener;
import fr.passerelle.enrollment.service.FundingNotices;
import fr.passerelle.enrollment.service.FundingService;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An enrollment's funding: its use cases, the listener the funders' gateways notify, the follow-ups that look at a
 * funder's record after its deadline, the funding gate the enrollment reads, and the notices to whoever must act.
 */
@Configuration(proxyBeanMethods = false)
class FundingConfiguration {

    @Bean
    FundingFilings fundingFilings(Sessions sessions, Programmes programmes, TrainingAccountGateway trainingAccount,
                                  FranceTravailGateway franceTravail, OpcoGateway opco) {
        return new FundingFilings(sessions, programmes, trainingAccount, franceTravail, opco);
    }

    @Bean
    FundingFollowUps fundingFollowUps(Fundings fundings, Reminders reminders, TrainingAccountGateway trainingAccount,
                                      FranceTravailGateway franceTravail, OpcoGateway opco, FundingListener listener,
                                      Clock clock) {
        return new FundingFollowUps(fundings, reminders, trainingAccount, franceTravail, opco, listener, clock);
    }

    @Bean
    FundingService fundingService(Enrollments enrollments, Programmes programmes, Fundings fundings,
                                  Companies companies, FundingFilings filings, FundingFollowUps followUps,
                                  EventFactory events, Clock clock) {
        return new FundingService(enrollments, programmes, fundings, companies, filings, followUps, events, clock);
    }

    @Bean
    FundingListener fundingListener(Fundings fundings, TrainingAccountGateway trainingAccount,
                                    FranceTravailGateway franceTravail, EventFactory events) {
        return new FundingListener(fundings, trainingAccount, franceTravail, events);
    }

    @Bean
    FundingGate fundingGate(Fundings fundings) {
        return new FundingGate(fundings);
    }

    @Bean
    FundingNotices fundingNotices(Fundings fundings, Memberships memberships, NoticeDelivery delivery) {
        return new FundingNotices(fundings, memberships, delivery);
    }
}
