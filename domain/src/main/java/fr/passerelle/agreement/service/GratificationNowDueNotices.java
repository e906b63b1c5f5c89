package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementEvents;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import java.util.Arrays;

/**
 * Tells every party of an earlier agreement that a new agreement of the same intern with the same host made its
 * gratification mandatory (L124-6): the earlier agreement's rules now block until it states the legal minimum, which
 * its parties would otherwise learn only when it is refused. Not the person who created the new agreement.
 *
 * <p>The created event, or the edited one when longer terms cross the threshold, lists the earlier agreements
 * ({@value #ATTRIBUTE}, their ids); each is re-read, so one
 * cancelled meanwhile tells nobody. One notice per earlier agreement and recipient, however often the event comes.
 */
public class GratificationNowDueNotices implements EventSubscriber {

    /** The attribute of {@code agreement.created} (and {@code agreement.edited}) listing the agreements made due, comma-separated ids. */
    static final String ATTRIBUTE = "gratificationNowDue";

    private final Agreements agreements;
    private final AgreementAudience audience;
    private final NoticeDelivery delivery;

    public GratificationNowDueNotices(Agreements agreements, Memberships memberships, NoticeDelivery delivery) {
        this.agreements = agreements;
        this.audience = new AgreementAudience(memberships);
        this.delivery = delivery;
    }

    @Override
    public String name() {
        return "agreement-gratification-notices";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return (event.type().equals(AgreementEvents.CREATED) || event.type().equals(AgreementEvents.EDITED))
                && event.attribute(ATTRIBUTE) != null;
    }

    @Override
    public void on(DomainEvent event) {
        agreements.findAllById(Arrays.asList(event.attribute(ATTRIBUTE).split(","))).stream()
                .filter(earlier -> earlier.status() != AgreementStatus.CANCELLED)
                .forEach(earlier -> tell(event, earlier));
    }

    private void tell(DomainEvent event, Agreement earlier) {
        audience.everyone(earlier).withoutSubject(event.initiator().subject()).deliver(delivery,
                event.id() + "/" + earlier.id(), AgreementNotice.of(NotificationKind.AGREEMENT_GRATIFICATION_NOW_DUE,
                        earlier));
    }
}
