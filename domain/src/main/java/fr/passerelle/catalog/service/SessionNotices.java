package fr.passerelle.catalog.service;

import fr.passerelle.catalog.model.CatalogEvents;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.validation.Limits;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

/**
 * Tells a school's admissions (and admins) when someone must pick up the phone: a waiting person took a freed seat
 * (call them to confirm), or a session with people on it was cancelled (re-place them). The notice names the session
 * by its dates, never the person: the session's page shows who. Keyed by the event, so a redelivery tells them once.
 */
public class SessionNotices implements EventSubscriber {

    private static final Set<MembershipRole> ADMISSIONS = Set.of(MembershipRole.ADMISSIONS,
            MembershipRole.SCHOOL_ADMIN);

    private final Sessions sessions;
    private final Memberships memberships;
    private final NoticeDelivery delivery;

    public SessionNotices(Sessions sessions, Memberships memberships, NoticeDelivery delivery) {
        this.sessions = sessions;
        this.memberships = memberships;
        this.delivery = delivery;
    }

    @Override
    public String name() {
        return "catalog-session-notices";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(CatalogEvents.WAITLIST_PROMOTED)
                || event.type().equals(CatalogEvents.SESSION_CANCELLED);
    }

    @Override
    public void on(DomainEvent event) {
        boolean promoted = event.type().equals(CatalogEvents.WAITLIST_PROMOTED);
        String people = event.attributes().getOrDefault(CatalogEvents.PEOPLE, "0");
        if (!promoted && people.equals("0")) {
            return;
        }
        sessions.findById(event.aggregateId()).ifPresent(session -> {
            var recipients = memberships.findActiveByTenant(Tenant.school(session.schoolId()), ADMISSIONS,
                    Limits.FAN_OUT).stream().map(Membership::subject).toList();
            delivery.toPeople(event.id(), new Notice(promoted ? NotificationKind.SESSION_WAITLIST_PROMOTED
                    : NotificationKind.SESSION_CANCELLED, Map.of("session", label(session), "people", people),
                    SessionService.TYPE, session.id()), recipients);
        });
    }

    private static String label(Session session) {
        DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE;
        return iso.format(session.details().dates().start()) + " – " + iso.format(session.details().dates().end());
    }
}
