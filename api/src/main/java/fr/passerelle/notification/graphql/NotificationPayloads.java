package fr.passerelle.notification.graphql;

import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.notification.model.Notification;
import java.util.List;

/** Payloads of the notification mutations. */
final class NotificationPayloads {

    private NotificationPayloads() {
    }

    /** GraphQL {@code NotificationMarkReadPayload}. */
    record MarkRead(List<UserErrorView> userErrors, NotificationView notification) {

        static MarkRead of(List<UserErrorView> userErrors, Notification notification) {
            return new MarkRead(userErrors, notification == null ? null : NotificationView.of(notification));
        }
    }

    /** GraphQL {@code NotificationMarkAllReadPayload}. */
    record MarkAllRead(List<UserErrorView> userErrors, Long markedCount) {
    }
}
