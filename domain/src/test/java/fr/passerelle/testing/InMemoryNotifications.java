package fr.passerelle.testing;

import fr.passerelle.notification.model.Notification;
import fr.passerelle.notification.port.out.Notifications;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link Notifications} in memory, honouring the port's contract: adding an existing id changes nothing, a recipient
 * marks only their own notifications, and marking a read one again keeps its first {@code readAt}. Inbox pages are
 * newest first (ties by id, descending); paging as {@link InMemoryRecords#page} simplifies it.
 */
public class InMemoryNotifications extends InMemoryRecords<Notification> implements Notifications {

    private static final Comparator<Notification> OLDEST_FIRST =
            Comparator.comparing(Notification::createdAt).thenComparing(Notification::id);

    public InMemoryNotifications() {
        super(Notification::id);
    }

    @Override
    public boolean add(Notification notification) {
        return addIfAbsent(notification);
    }

    @Override
    public Page<Notification> page(String recipient, boolean unreadOnly, Paging paging) {
        return page(n -> inInbox(n, recipient, unreadOnly), OLDEST_FIRST.reversed(), Notification::createdAt, paging);
    }

    @Override
    public long countUnread(String recipient) {
        return matching(n -> inInbox(n, recipient, true), OLDEST_FIRST).size();
    }

    @Override
    public Optional<Notification> markRead(String recipient, String id, Instant at) {
        Optional<Notification> theirs = findById(id).filter(n -> n.recipient().equals(recipient));
        theirs.filter(n -> !n.isRead()).ifPresent(n -> put(read(n, at)));
        return theirs.flatMap(n -> findById(id));
    }

    @Override
    public long markAllRead(String recipient, Instant at) {
        List<Notification> unread = matching(n -> inInbox(n, recipient, true), OLDEST_FIRST);
        unread.forEach(n -> put(read(n, at)));
        return unread.size();
    }

    @Override
    public List<Notification> ofRecipientCreatedBetween(String recipient, Instant from, Instant to, int limit) {
        return matching(n -> n.recipient().equals(recipient) && !n.createdAt().isBefore(from)
                && n.createdAt().isBefore(to), OLDEST_FIRST).stream().limit(limit).toList();
    }

    @Override
    public List<Notification> createdSince(Instant since, int limit) {
        return matching(n -> !n.createdAt().isBefore(since), OLDEST_FIRST).stream().limit(limit).toList();
    }

    private static boolean inInbox(Notification notification, String recipient, boolean unreadOnly) {
        return notification.recipient().equals(recipient) && !(unreadOnly && notification.isRead());
    }

    private static Notification read(Notification n, Instant at) {
        return new Notification(n.id(), n.recipient(), n.kind(), n.title(), n.body(), n.targetType(), n.targetId(),
                n.createdAt(), at);
    }
}
