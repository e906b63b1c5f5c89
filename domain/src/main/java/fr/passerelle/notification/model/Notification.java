package fr.passerelle.notification.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An in-app message to one person, already rendered in their language.
 *
 * @param id         derived from the cause and the recipient, so creating it twice creates it once
 * @param recipient  the token subject of the person it is for
 * @param targetType the type of the object it is about ({@code Company}), or null
 * @param targetId   that object's id, or null
 * @param readAt     when the recipient marked it read, null while unread
 */
public record Notification(String id, String recipient, NotificationKind kind, String title, String body,
                           String targetType, String targetId, Instant createdAt, Instant readAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The id of the notification a cause (an event or reminder id) produces for a recipient. */
    public static String idFor(String cause, String recipient) {
        return UUID.nameUUIDFromBytes((cause + "/" + recipient).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public boolean isRead() {
        return readAt != null;
    }
}
