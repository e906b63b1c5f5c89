package fr.passerelle.notification.service.marketplace;

import fr.passerelle.internship.model.ApplicationEvents;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.marketplace.MarketplaceNotices.ApplicationNotice;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The position offered and answered: the learner hears it is offered; the company's recruiters hear the answer.
 * An acceptance also reaches the tutor the offer names (their intern is coming) and the members of the learner's
 * school, any of whom may now prepare the agreement from the accepted application.
 */
public class HiringNotices implements EventSubscriber {

    private static final Map<ApplicationStatus, NotificationKind> STEPS = Map.of(
            ApplicationStatus.OFFERED, NotificationKind.OFFER_EXTENDED,
            ApplicationStatus.ACCEPTED, NotificationKind.OFFER_ACCEPTED,
            ApplicationStatus.DECLINED, NotificationKind.OFFER_DECLINED);

    private final MarketplaceNotices notices;
    private final MarketplaceAudience audience;

    public HiringNotices(MarketplaceNotices notices, MarketplaceAudience audience) {
        this.notices = notices;
        this.audience = audience;
    }

    @Override
    public String name() {
        return "hiring-notices";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(ApplicationEvents.STATUS_CHANGED) && StatusSteps.kindOf(event, STEPS) != null;
    }

    @Override
    public void on(DomainEvent event) {
        if (!accepts(event)) {
            throw new IllegalArgumentException("not routed: " + event.type());
        }
        NotificationKind kind = StatusSteps.kindOf(event, STEPS);
        notices.application(event.aggregateId()).ifPresent(about -> notices.tell(event.id(),
                event.initiator().subject(), kind, about, recipients(kind, about)));
    }

    private List<String> recipients(NotificationKind kind, ApplicationNotice about) {
        String companyId = about.application().companyId();
        return switch (kind) {
            case OFFER_EXTENDED -> List.of(about.application().learnerSubject());
            case OFFER_ACCEPTED -> {
                List<String> told = new ArrayList<>(audience.recruiters(companyId));
                audience.tutor(about.offer().offer()).ifPresent(told::add);
                told.addAll(audience.school(about.application()));
                yield told;
            }
            default -> audience.recruiters(companyId);
        };
    }
}
