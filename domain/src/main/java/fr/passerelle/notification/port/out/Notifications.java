package fr.passerelle.notification.port.out;

import fr.passerelle.notification.model.Notification;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored notifications. Every change is one atomic conditional write. */
public interface Notifications {

    /** Stores it unless one with its id exists; true when it was new. */
    boolean add(Notification notification);

    Optional<Notification> findById(String id);

    /** The notifications that exist among the ids, in no particular order. */
    List<Notification> findAllById(Collection<String> ids);

    /** The recipient's notifications, newest first. */
    Page<Notification> page(String recipient, boolean unreadOnly, Paging paging);

    long countUnread(String recipient);

    /** Marks it read if it is the recipient's and still unread; returns it as stored afterwards, if theirs. */
    Optional<Notification> markRead(String recipient, String id, Instant at);

    /** Marks all the recipient's unread notifications read; returns how many. */
    long markAllRead(String recipient, Instant at);

    /** The recipient's notifications created in {@code [from, to)}, oldest first, at most {@code limit}. */
    List<Notification> ofRecipientCreatedBetween(String recipient, Instant from, Instant to, int limit);

    /** Notifications created at or after {@code since}, oldest first, at most {@code limit}. */
    List<Notification> createdSince(Instant since, int limit);
}
