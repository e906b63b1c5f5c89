package fr.passerelle.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.catalog.model.CatalogEvents;
import fr.passerelle.catalog.model.CatalogSamples;
import fr.passerelle.catalog.model.Seat;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.notification.model.Notification;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Deliveries;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemoryNotifications;
import fr.passerelle.testing.InMemorySessions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The notices tell admissions what the event recorded, whatever the session holds by the time they are sent. */
class SessionNoticesTest {

    private final InMemorySessions sessions = new InMemorySessions();
    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final SessionNotices notices = new SessionNotices(sessions, memberships,
            Deliveries.inApp(notifications));

    @BeforeEach
    void admissions() {
        Actors.member(memberships, "adm", Tenant.school("school-1"), MembershipRole.ADMISSIONS);
    }

    @Test
    void a_cancellation_notice_counts_the_people_recorded_at_the_change_not_those_left_now() {
        Session cancelled = CatalogSamples.openSession(12).cancelled(Fixtures.NOW);
        sessions.seed(cancelled);
        assertThat(cancelled.contactIds()).isEmpty();

        notices.on(event(CatalogEvents.SESSION_CANCELLED, Map.of(CatalogEvents.PEOPLE, "3")));

        assertThat(notifications.all()).extracting(Notification::body).singleElement().asString()
                .contains("people=3");
    }

    @Test
    void a_cancellation_that_left_nobody_without_a_place_tells_nobody() {
        sessions.seed(CatalogSamples.openSession(12).reserved(new Seat("contact:c1", "c1", Fixtures.NOW))
                .cancelled(Fixtures.NOW));

        notices.on(event(CatalogEvents.SESSION_CANCELLED, Map.of(CatalogEvents.PEOPLE, "0")));

        assertThat(notifications.all()).isEmpty();
    }

    private static DomainEvent event(String type, Map<String, String> attributes) {
        return new DomainEvent("e1", type, SessionService.TYPE, "s1", 2, Initiator.system(), Fixtures.NOW, List.of(),
                attributes);
    }
}
