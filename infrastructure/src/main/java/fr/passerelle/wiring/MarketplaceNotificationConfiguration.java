package fr.passerelle.wiring;

import fr.passerelle.internship.port.out.Applications;
import fr.passerelle.internship.port.out.InternshipOffers;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.notification.service.OrganisationNames;
import fr.passerelle.notification.service.marketplace.ApplicationNotices;
import fr.passerelle.notification.service.marketplace.HiringNotices;
import fr.passerelle.notification.service.marketplace.InterviewNotices;
import fr.passerelle.notification.service.marketplace.MarketplaceAudience;
import fr.passerelle.notification.service.marketplace.MarketplaceNotices;
import fr.passerelle.notification.service.marketplace.OfferExpiryReminders;
import fr.passerelle.notification.service.marketplace.OfferFilledNotices;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The marketplace's notifications: one event subscriber per family of steps, and the offer expiry reminder. */
@Configuration(proxyBeanMethods = false)
class MarketplaceNotificationConfiguration {

    @Bean
    MarketplaceNotices marketplaceNotices(NoticeDelivery delivery, Applications applications,
                                          InternshipOffers offers, OrganisationNames names) {
        return new MarketplaceNotices(delivery, applications, offers, names);
    }

    @Bean
    MarketplaceAudience marketplaceAudience(Memberships memberships, Applications applications) {
        return new MarketplaceAudience(memberships, applications);
    }

    @Bean
    ApplicationNotices applicationNotices(MarketplaceNotices notices, MarketplaceAudience audience) {
        return new ApplicationNotices(notices, audience);
    }

    @Bean
    InterviewNotices interviewNotices(MarketplaceNotices notices, MarketplaceAudience audience) {
        return new InterviewNotices(notices, audience);
    }

    @Bean
    HiringNotices hiringNotices(MarketplaceNotices notices, MarketplaceAudience audience) {
        return new HiringNotices(notices, audience);
    }

    @Bean
    OfferFilledNotices offerFilledNotices(MarketplaceNotices notices, MarketplaceAudience audience) {
        return new OfferFilledNotices(notices, audience);
    }

    @Bean
    OfferExpiryReminders offerExpiryReminders(InternshipOffers offers, MarketplaceNotices notices,
                                              MarketplaceAudience audience, Reminders reminders, Clock clock) {
        return new OfferExpiryReminders(offers, notices, audience, reminders, clock);
    }
}
