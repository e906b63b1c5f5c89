package fr.passerelle.notification.service.marketplace;

import fr.passerelle.internship.model.OfferEvents;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import java.util.Map;

/**
 * An offer whose last position was taken: the learners whose applications to it are still open are told it takes
 * nobody else (not who was taken), so they stop waiting and look elsewhere.
 */
public class OfferFilledNotices implements EventSubscriber {

    private final MarketplaceNotices notices;
    private final MarketplaceAudience audience;

    public OfferFilledNotices(MarketplaceNotices notices, MarketplaceAudience audience) {
        this.notices = notices;
        this.audience = audience;
    }

    @Override
    public String name() {
        return "offer-filled-notices";
    }

    /** Only the position taken that changed the offer's status: the one that filled it. */
    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(OfferEvents.POSITION_TAKEN) && event.changedFields().contains("status");
    }

    @Override
    public void on(DomainEvent event) {
        if (!accepts(event)) {
            throw new IllegalArgumentException("not routed: " + event.type());
        }
        notices.offer(event.aggregateId()).ifPresent(about -> notices.tell(event.id(), event.initiator().subject(),
                NotificationKind.OFFER_FILLED, about, Map.of(), audience.openApplicants(about.offer().id())));
    }
}
