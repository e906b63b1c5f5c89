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
 * An application's life before any offer of the position: the company hears it arrived (its recruiters, and the
 * tutor the offer names, who will work with the intern) or was withdrawn (its recruiters); the learner hears it was
 * shortlisted or rejected. A rejected learner is told nothing of the other candidates.
 */
public class ApplicationNotices implements EventSubscriber {

    private static final Map<ApplicationStatus, NotificationKind> STEPS = Map.of(
            ApplicationStatus.SHORTLISTED, NotificationKind.APPLICATION_SHORTLISTED,
            ApplicationStatus.REJECTED, NotificationKind.APPLICATION_REJECTED,
            ApplicationStatus.WITHDRAWN, NotificationKind.APPLICATION_WITHDRAWN);

    private final MarketplaceNotices notices;
    private final MarketplaceAudience audience;

    public ApplicationNotices(MarketplaceNotices notices, MarketplaceAudience audience) {
        this.notices = notices;
        this.audience = audience;
    }

    @Override
    public String name() {
        return "application-notices";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(ApplicationEvents.SUBMITTED) || (event.type().equals(ApplicationEvents.STATUS_CHANGED)
                && StatusSteps.kindOf(event, STEPS) != null);
    }

    @Override
    public void on(DomainEvent event) {
        NotificationKind kind = event.type().equals(ApplicationEvents.SUBMITTED)
                ? NotificationKind.APPLICATION_RECEIVED : StatusSteps.kindOf(event, STEPS);
        if (kind == null) {
            throw new IllegalArgumentException("not routed: " + event.type());
        }
        notices.application(event.aggregateId()).ifPresent(about -> notices.tell(event.id(),
                event.initiator().subject(), kind, about, recipients(kind, about)));
    }

    private List<String> recipients(NotificationKind kind, ApplicationNotice about) {
        return switch (kind) {
            case APPLICATION_RECEIVED -> {
                List<String> company = new ArrayList<>(audience.recruiters(about.application().companyId()));
                audience.tutor(about.offer().offer()).ifPresent(company::add);
                yield company;
            }
            case APPLICATION_WITHDRAWN -> audience.recruiters(about.application().companyId());
            default -> List.of(about.application().learnerSubject());
        };
    }
}
