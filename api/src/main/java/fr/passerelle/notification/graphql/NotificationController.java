package fr.passerelle.notification.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.api.graphql.Subscriptions;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.notification.model.Notification;
import fr.passerelle.notification.port.in.NotificationUseCases;
import graphql.relay.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** The caller's own notifications: listed, counted, marked read, and streamed live. */
@Controller
class NotificationController implements NodeLoader {

    private static final String NEWEST_FIRST = "CREATED_AT_DESC";

    private final NotificationUseCases notifications;
    private final LiveNotifications live;
    private final Clock clock;

    NotificationController(NotificationUseCases notifications, LiveNotifications live, Clock clock) {
        this.notifications = notifications;
        this.live = live;
        this.clock = clock;
    }

    @SchemaMapping(typeName = "Viewer", field = "notifications")
    Connection<NotificationView> notifications(@Arguments PageArguments page, @Argument boolean unreadOnly,
                                               @ContextValue Actor actor) {
        var connection = page.orderedBy(NEWEST_FIRST);
        return connection.connection(notifications.mine(actor, unreadOnly, connection.paging()),
                NotificationView::of);
    }

    @SchemaMapping(typeName = "Viewer", field = "unreadNotificationCount")
    long unreadNotificationCount(@ContextValue Actor actor) {
        return notifications.unreadCount(actor);
    }

    @MutationMapping
    NotificationPayloads.MarkRead notificationMarkRead(@Argument String id, @ContextValue Actor actor) {
        String localId = GlobalIds.localId(id, NotificationView.TYPE);
        return Mutations.run(null, () -> notifications.markRead(actor, localId), NotificationPayloads.MarkRead::of);
    }

    @MutationMapping
    NotificationPayloads.MarkAllRead notificationMarkAllRead(@ContextValue Actor actor) {
        return Mutations.run(null, () -> notifications.markAllRead(actor), NotificationPayloads.MarkAllRead::new);
    }

    @SubscriptionMapping
    Flux<NotificationView> notificationReceived(@ContextValue Actor actor,
            @ContextValue(name = Subscriptions.TOKEN_EXPIRES_AT, required = false) Instant tokenExpiresAt) {
        return Subscriptions.whileTokenValid(live.of(actor.subject()).map(NotificationView::of), tokenExpiresAt,
                clock);
    }

    @Override
    public String type() {
        return NotificationView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(notifications.findAll(actor, localIds), Notification::id, NotificationView::of);
    }
}
