package fr.passerelle.notification.service.marketplace;

import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.port.out.Applications;
import fr.passerelle.internship.port.out.InternshipOffers;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.notification.service.OrganisationNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the marketplace subscribers share: reading what a notice is about, and telling people while leaving out the
 * one who acted (nobody is notified of their own step). A notice names the offer and its company, which everyone it
 * goes to already sees, and never a person: a company reads who applied in the application's shared parts, under the
 * learner's choice, not in a notification that may travel by e-mail.
 */
public class MarketplaceNotices {

    private final NoticeDelivery delivery;
    private final Applications applications;
    private final InternshipOffers offers;
    private final OrganisationNames names;

    public MarketplaceNotices(NoticeDelivery delivery, Applications applications, InternshipOffers offers,
                              OrganisationNames names) {
        this.delivery = delivery;
        this.applications = applications;
        this.offers = offers;
        this.names = names;
    }

    /** An offer with its company's name; empty when either is gone. */
    public Optional<OfferNotice> offer(String offerId) {
        return offers.findById(offerId).flatMap(offer -> names.of(Tenant.company(offer.companyId()))
                .map(company -> new OfferNotice(offer, company)));
    }

    /** An application with its offer; empty when it or its offer is gone. */
    public Optional<ApplicationNotice> application(String applicationId) {
        return applications.findById(applicationId).flatMap(application -> offer(application.offerId())
                .map(offer -> new ApplicationNotice(application, offer)));
    }

    /** Tells the recipients, except {@code actor}, about the application; {@code cause} keys it (event, reminder). */
    public void tell(String cause, String actor, NotificationKind kind, ApplicationNotice about,
                     Collection<String> recipients) {
        deliver(cause, actor, new Notice(kind, about.offer().parameters(), "Application", about.application().id()),
                recipients);
    }

    /** Tells the recipients, except {@code actor}, about the offer, with these parameters besides its own. */
    public void tell(String cause, String actor, NotificationKind kind, OfferNotice about, Map<String, String> more,
                     Collection<String> recipients) {
        Map<String, String> parameters = new HashMap<>(about.parameters());
        parameters.putAll(more);
        deliver(cause, actor, new Notice(kind, parameters, "InternshipOffer", about.offer().id()), recipients);
    }

    private void deliver(String cause, String actor, Notice notice, Collection<String> recipients) {
        var others = recipients.stream().filter(subject -> subject != null && !subject.equals(actor)).toList();
        if (!others.isEmpty()) {
            delivery.toPeople(cause, notice, others);
        }
    }

    /** An offer as notices name it: its title and its company's name. */
    public record OfferNotice(InternshipOffer offer, String company) {

        Map<String, String> parameters() {
            return Map.of("offer", offer.terms().title(), "company", company);
        }
    }

    /** An application and the offer it answers. */
    public record ApplicationNotice(Application application, OfferNotice offer) {
    }
}
