package fr.passerelle.notification.persistence;

import fr.passerelle.notification.model.NotificationKind;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored notification; {@code readAt} is set once, by a conditional update. Both inbox indexes end with the
 * keyset order ({@code createdAt}, {@code _id}, newest first): a page of unread ones is no in-memory sort either.
 */
@Document("notifications")
@CompoundIndex(name = "inbox", def = "{'recipient': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "unread_order", def = "{'recipient': 1, 'readAt': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "feed", def = "{'createdAt': 1}")
record NotificationDocument(@Id String id, String recipient, NotificationKind kind, String title, String body,
                            String targetType, String targetId, Instant createdAt, Instant readAt) {
}
