package fr.passerelle.notification.service;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.notification.model.Notification;
import fr.passerelle.notification.port.in.NotificationUseCases;
import fr.passerelle.notification.port.out.Notifications;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reading and marking one's own notifications. Marking read is personal inbox state, not a business action, so it
 * emits no event and leaves no audit entry.
 */
public class NotificationService implements NotificationUseCases {

    private final Notifications notifications;
    private final Clock clock;

    public NotificationService(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public Page<Notification> mine(Actor actor, boolean unreadOnly, Paging paging) {
        return notifications.page(actor.subject(), unreadOnly, paging);
    }

    @Override
    public long unreadCount(Actor actor) {
        return notifications.countUnread(actor.subject());
    }

    @Override
    public Optional<Notification> find(Actor actor, String notificationId) {
        return notifications.findById(notificationId).filter(n -> n.recipient().equals(actor.subject()));
    }

    @Override
    public List<Notification> findAll(Actor actor, Collection<String> notificationIds) {
        return notifications.findAllById(notificationIds).stream()
                .filter(n -> n.recipient().equals(actor.subject())).toList();
    }

    @Override
    public Notification markRead(Actor actor, String notificationId) {
        return notifications.markRead(actor.subject(), notificationId, clock.instant())
                .orElseThrow(() -> new NotFoundException("Notification", notificationId));
    }

    @Override
    public long markAllRead(Actor actor) {
        return notifications.markAllRead(actor.subject(), clock.instant());
    }

    @Override
    public List<Notification> createdSince(Instant since, int limit) {
        return notifications.createdSince(since, limit);
    }
}
