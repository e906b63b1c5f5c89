package fr.passerelle.wiring;

import fr.passerelle.consent.port.out.ConsentRecords;
import fr.passerelle.consent.service.ConsentPrivacy;
import fr.passerelle.consent.service.ConsentService;
import fr.passerelle.learner.port.in.LearnerUseCases;
import fr.passerelle.shared.port.IdGenerator;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The consent ledger's use cases and its privacy provider. */
@Configuration(proxyBeanMethods = false)
class ConsentConfiguration {

    @Bean
    ConsentService consentService(ConsentRecords records, LearnerUseCases learners, IdGenerator ids, Clock clock) {
        return new ConsentService(records, learners, ids, clock);
    }

    @Bean
    ConsentPrivacy consentPrivacy(ConsentRecords records) {
        return new ConsentPrivacy(records);
    }
}
