package fr.passerelle.wiring;

import fr.passerelle.audit.port.out.AuditTrail;
import fr.passerelle.privacy.port.PersonalDataProvider;
import fr.passerelle.retention.port.out.RetentionPolicies;
import fr.passerelle.retention.port.out.RetentionRuns;
import fr.passerelle.retention.service.RetentionJob;
import fr.passerelle.retention.service.RetentionService;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Retention policies, and the nightly job that applies them through every feature's privacy provider. */
@Configuration(proxyBeanMethods = false)
class RetentionConfiguration {

    @Bean
    RetentionService retentionService(RetentionPolicies policies, RetentionRuns runs, Reminders reminders,
                                      AuditTrail audit, IdGenerator ids, Clock clock) {
        return new RetentionService(policies, runs, reminders, audit, ids, clock);
    }

    @Bean
    RetentionJob retentionJob(RetentionPolicies policies, RetentionRuns runs, List<PersonalDataProvider> providers,
                              Reminders reminders, Clock clock) {
        return new RetentionJob(policies, runs, providers, reminders, clock);
    }

    /** Seeds the default policies and schedules tonight's run once the application is up (both idempotent). */
    @Bean
    ApplicationListener<ApplicationReadyEvent> retentionStart(RetentionJob job) {
        return ready -> job.start();
    }
}
