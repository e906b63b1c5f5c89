package fr.passerelle.notification.service.marketplace;

import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationEvents;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.marketplace.MarketplaceNotices.ApplicationNotice;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An interview arranged between the two sides: the learner hears of slots proposed (or proposed again); the
 * company's recruiters and the interviewer — whoever proposed the slots, possibly a platform admin acting for the
 * company — hear which slot the learner picked; a cancellation reaches the other side from the one who called it
 * off.
 */
public class InterviewNotices implements EventSubscriber {

    private static final Map<String, NotificationKind> KINDS = Map.of(
            ApplicationEvents.INTERVIEW_PROPOSED, NotificationKind.INTERVIEW_PROPOSED,
            ApplicationEvents.INTERVIEW_SCHEDULED, NotificationKind.INTERVIEW_CONFIRMED,
            ApplicationEvents.INTERVIEW_CANCELLED, NotificationKind.INTERVIEW_CANCELLED);

    private final MarketplaceNotices notices;
    private final MarketplaceAudience audience;

    public InterviewNotices(MarketplaceNotices notices, MarketplaceAudience audience) {
        this.notices = notices;
        this.audience = audience;
    }

    @Override
    public String name() {
        return "interview-notices";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return KINDS.containsKey(event.type());
    }

    @Override
    public void on(DomainEvent event) {
        NotificationKind kind = KINDS.get(event.type());
        if (kind == null) {
            throw new IllegalArgumentException("not routed: " + event.type());
        }
        String actor = event.initiator().subject();
        notices.application(event.aggregateId()).ifPresent(about -> notices.tell(event.id(), actor, kind, about,
                recipients(kind, actor, about)));
    }

    private List<String> recipients(NotificationKind kind, String actor, ApplicationNotice about) {
        Application application = about.application();
        boolean learnerActed = actor.equals(application.learnerSubject());
        if (kind == NotificationKind.INTERVIEW_PROPOSED || (kind == NotificationKind.INTERVIEW_CANCELLED
                && !learnerActed)) {
            return List.of(application.learnerSubject());
        }
        List<String> company = new ArrayList<>(audience.recruiters(application.companyId()));
        application.interviewer().ifPresent(company::add);
        return company;
    }
}
