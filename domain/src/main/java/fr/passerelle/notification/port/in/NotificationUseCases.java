package fr.passerelle.notification.port.in;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.notification.model.Notification;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A person's own notifications. Nobody reads or marks anyone else's: another's looks missing. */
public interface NotificationUseCases {

    Page<Notification> mine(Actor actor, boolean unreadOnly, Paging paging);

    long unreadCount(Actor actor);

    Optional<Notification> find(Actor actor, String notificationId);

    /** The actor's own notifications among the ids (one read); others' and missing ones are left out alike. */
    List<Notification> findAll(Actor actor, Collection<String> notificationIds);

    /** Marks one of the actor's notifications read (idempotent). @throws fr.passerelle.shared.error.NotFoundException */
    Notification markRead(Actor actor, String notificationId);

    /** Marks all of the actor's notifications read; returns how many were unread. */
    long markAllRead(Actor actor);

    /**
     * Every recipient's notifications created since the instant, oldest first: the feed live subscriptions are
     * served from, so that a notification created by any instance reaches subscribers connected to any other. The
     * caller filters by recipient before anything leaves the process.
     */
    List<Notification> createdSince(Instant since, int limit);
}
