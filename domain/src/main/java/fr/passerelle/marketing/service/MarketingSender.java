package fr.passerelle.marketing.service;

import fr.passerelle.consent.model.ConsentPurpose;
import fr.passerelle.consent.port.in.ConsentUseCases;
import fr.passerelle.consent.service.ConsentPrivacy;
import fr.passerelle.consent.service.UnsubscribeTokens;
import fr.passerelle.marketing.model.MarketingDelivery;
import fr.passerelle.marketing.model.MarketingMail;
import fr.passerelle.marketing.port.out.MarketingDeliveries;
import fr.passerelle.marketing.port.out.MarketingMailer;
import fr.passerelle.notification.model.NotificationSettings;
import fr.passerelle.notification.model.Text;
import fr.passerelle.notification.port.out.NotificationSettingsStore;
import fr.passerelle.notification.service.ContactAddresses;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.port.PublicBaseUrl;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/**
 * The only way a marketing mail leaves: consent to marketing e-mail is read at the moment of sending (not when the
 * campaign was written), the outcome — sent or suppressed — is recorded, and the mail carries its one-click
 * unsubscribe link. Service mail never comes here, so no consent decision can stop it.
 */
public class MarketingSender {

    /** Where a one-click unsubscribe link points, the token appended. */
    public static final String UNSUBSCRIBE_PATH = "/unsubscribe/";

    private final ConsentUseCases consents;
    private final NotificationSettingsStore settings;
    private final ContactAddresses addresses;
    private final UnsubscribeTokens tokens;
    private final PublicBaseUrl publicBaseUrl;
    private final String unsubscribeMailto;
    private final MarketingMailer mailer;
    private final MarketingDeliveries deliveries;
    private final Clock clock;

    /** @param unsubscribeMailto an address that unsubscribes when mailed, or null for the link alone */
    public MarketingSender(ConsentUseCases consents, NotificationSettingsStore settings, ContactAddresses addresses,
                           UnsubscribeTokens tokens, PublicBaseUrl publicBaseUrl, String unsubscribeMailto,
                           MarketingMailer mailer, MarketingDeliveries deliveries, Clock clock) {
        this.consents = consents;
        this.settings = settings;
        this.addresses = addresses;
        this.tokens = tokens;
        this.publicBaseUrl = publicBaseUrl;
        this.unsubscribeMailto = unsubscribeMailto;
        this.mailer = mailer;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Sends the campaign's text to the person if they agree now; idempotent per campaign and person. */
    public MarketingDelivery.Outcome send(String campaign, String subject, Text text) {
        String key = campaign + "/" + subject;
        Optional<MarketingDelivery> decided = deliveries.find(key);
        if (decided.isPresent()) {
            return decided.get().outcome();
        }
        MarketingDelivery.Outcome outcome = deliver(campaign, subject, text);
        deliveries.record(new MarketingDelivery(key, campaign, subject, outcome, clock.instant()));
        return outcome;
    }

    private MarketingDelivery.Outcome deliver(String campaign, String subject, Text text) {
        if (!consents.granted(subject, ConsentPurpose.MARKETING_EMAIL)) {
            return MarketingDelivery.Outcome.SUPPRESSED_NO_CONSENT;
        }
        Optional<EmailAddress> address = addresses.of(settings.find(subject)
                .orElseGet(() -> NotificationSettings.defaults(subject)));
        if (address.isEmpty()) {
            return MarketingDelivery.Outcome.NO_ADDRESS;
        }
        URI link = URI.create(publicBaseUrl.resolve(UNSUBSCRIBE_PATH
                + tokens.tokenFor(subject, ConsentPurpose.MARKETING_EMAIL)));
        // The mailer's log keeps keys for good: a digest of the person, not their account, so it holds no personal data.
        mailer.send(new MarketingMail("marketing/" + campaign + "/" + ConsentPrivacy.pseudonym(subject),
                address.get(), text, link, unsubscribeMailto));
        return MarketingDelivery.Outcome.SENT;
    }
}
