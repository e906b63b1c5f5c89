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
import java.util.Map;

/**
 * Tells every party when an internship stops early (interrupted), or when an agreement that had gone out for
 * signature is called off (cancelled): a draft nobody was asked to sign was the school's business alone. Not the
 * person who took the step.
 */
public class AgreementEndNotices implements EventSubscriber {

    private static final Map<AgreementStatus, NotificationKind> KINDS = Map.of(
            AgreementStatus.INTERRUPTED, NotificationKind.AGREEMENT_INTERRUPTED,
            AgreementStatus.CANCELLED, NotificationKind.AGREEMENT_CANCELLED);

    private final Agreements agreements;
    private final AgreementAudience audience;
    private final NoticeDelivery delivery;

    public AgreementEndNotices(Agreements agreements, Memberships memberships, NoticeDelivery delivery) {
        this.agreements = agreements;
        this.audience = new AgreementAudience(memberships);
        this.delivery = delivery;
    }

    @Override
    public String name() {
        return "agreement-end-notices";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(AgreementEvents.STATUS_CHANGED) && event.attribute("status") != null
                && KINDS.containsKey(AgreementStatus.valueOf(event.attribute("status")));
    }

    @Override
    public void on(DomainEvent event) {
        agreements.findById(event.aggregateId())
                .filter(agreement -> agreement.status().name().equals(event.attribute("status")))
                .filter(agreement -> agreement.status() != AgreementStatus.CANCELLED
                        || agreement.signing().documentVersion() > 0)
                .ifPresent(agreement -> tell(event, agreement));
    }

    private void tell(DomainEvent event, Agreement agreement) {
        audience.everyone(agreement).withoutSubject(event.initiator().subject())
                .deliver(delivery, event.id(), AgreementNotice.of(KINDS.get(agreement.status()), agreement));
    }
}
