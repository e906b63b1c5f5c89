package fr.passerelle.notification.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.notification.model.Notification;
import fr.passerelle.notification.model.NotificationKind;
import java.time.Instant;

/** GraphQL {@code Notification}. */
public record NotificationView(String id, NotificationKind kind, String title, String body, String targetId,
                               Instant createdAt, Instant readAt) {

    public static final String TYPE = "Notification";

    static NotificationView of(Notification notification) {
        String target = notification.targetType() == null ? null
                : GlobalIds.encode(notification.targetType(), notification.targetId());
        return new NotificationView(GlobalIds.encode(TYPE, notification.id()), notification.kind(),
                notification.title(), notification.body(), target, notification.createdAt(), notification.readAt());
    }
}
