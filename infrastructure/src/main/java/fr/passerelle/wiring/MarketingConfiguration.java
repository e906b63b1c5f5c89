package fr.passerelle.wiring;

import fr.passerelle.audit.port.out.AuditTrail;
import fr.passerelle.consent.port.in.ConsentUseCases;
import fr.passerelle.consent.port.out.ConsentRecords;
import fr.passerelle.consent.service.UnsubscribeTokens;
import fr.passerelle.marketing.port.out.MarketingDeliveries;
import fr.passerelle.marketing.port.out.MarketingMailer;
import fr.passerelle.marketing.port.out.Newsletters;
import fr.passerelle.marketing.service.MarketingPrivacy;
import fr.passerelle.marketing.service.MarketingSender;
import fr.passerelle.marketing.service.NewsletterFanOut;
import fr.passerelle.marketing.service.NewsletterMail;
import fr.passerelle.marketing.service.NewsletterService;
import fr.passerelle.notification.port.out.NotificationSettingsStore;
import fr.passerelle.notification.service.ContactAddresses;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.port.PublicBaseUrl;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The marketing stream: the newsletter, its fan-out, the send-time consent check and its privacy provider. */
@Configuration(proxyBeanMethods = false)
class MarketingConfiguration {

    @Bean
    MarketingSender marketingSender(ConsentUseCases consents, NotificationSettingsStore settings,
                                    ContactAddresses addresses, UnsubscribeTokens tokens, PublicBaseUrl publicBaseUrl,
                                    @Value("${passerelle.mail.unsubscribe-mailto:}") String unsubscribeMailto,
                                    MarketingMailer mailer, MarketingDeliveries deliveries, Clock clock) {
        return new MarketingSender(consents, settings, addresses, tokens, publicBaseUrl,
                unsubscribeMailto.isBlank() ? null : unsubscribeMailto.strip(), mailer, deliveries, clock);
    }

    @Bean
    NewsletterService newsletterService(Newsletters newsletters, Reminders reminders, AuditTrail audit,
                                        IdGenerator ids, Clock clock) {
        return new NewsletterService(newsletters, reminders, audit, ids, clock);
    }

    @Bean
    NewsletterFanOut newsletterFanOut(ConsentRecords consents, Reminders reminders, Clock clock) {
        return new NewsletterFanOut(consents, reminders, clock);
    }

    @Bean
    NewsletterMail newsletterMail(Newsletters newsletters, MarketingSender sender) {
        return new NewsletterMail(newsletters, sender);
    }

    @Bean
    MarketingPrivacy marketingPrivacy(MarketingDeliveries deliveries, Newsletters newsletters) {
        return new MarketingPrivacy(deliveries, newsletters);
    }
}
