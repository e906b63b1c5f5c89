package fr.passerelle.notification.graphql;

import fr.passerelle.notification.model.Notification;
import fr.passerelle.notification.port.in.NotificationUseCases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Feeds live subscriptions from the stored notifications rather than from in-process calls, so a notification
 * created by a job on any instance reaches subscribers connected to any other. While someone is subscribed, it
 * polls for notifications created since its last look (with an overlap that absorbs clock skew between instances,
 * and a memory of recent ids so the overlap emits nothing twice), and each subscriber's stream keeps only its own.
 */
@Component
class LiveNotifications implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(LiveNotifications.class);
    /** Covers clock skew between instances and the time between a job stamping and storing a notification. */
    private static final Duration OVERLAP = Duration.ofSeconds(5);
    private static final int BATCH = 500;
    private static final int REMEMBERED_IDS = 10_000;

    private final NotificationUseCases notifications;
    private final Clock clock;
    private final Duration pollInterval;
    private final Sinks.Many<Notification> sink = Sinks.many().multicast().directBestEffort();
    private final Set<String> emitted = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_IDS;
        }
    });
    private ScheduledExecutorService poller;
    private Instant watermark;

    LiveNotifications(NotificationUseCases notifications, Clock clock,
                      @Value("${passerelle.notifications.live-poll-interval:500ms}") Duration pollInterval) {
        this.notifications = notifications;
        this.clock = clock;
        this.pollInterval = pollInterval;
    }

    /**
     * The recipient's notifications created from the moment of subscribing (the poll's overlap re-reads a few
     * seconds of the past, which a new subscriber must not receive).
     */
    Flux<Notification> of(String recipient) {
        return Flux.defer(() -> {
            Instant subscribedAt = clock.instant();
            return sink.asFlux().filter(notification -> notification.recipient().equals(recipient)
                    && !notification.createdAt().isBefore(subscribedAt));
        });
    }

    /** One look at the store; only the poller thread calls it. */
    void poll() {
        if (sink.currentSubscriberCount() == 0) {
            watermark = null; // nobody listens: nothing to catch up on when someone next subscribes
            return;
        }
        if (watermark == null) {
            watermark = clock.instant();
        }
        List<Notification> recent = notifications.createdSince(watermark.minus(OVERLAP), BATCH);
        for (Notification notification : recent) {
            if (emitted.add(notification.id())) {
                sink.tryEmitNext(notification);
            }
            if (notification.createdAt().isAfter(watermark)) {
                watermark = notification.createdAt();
            }
        }
    }

    @Override
    public void start() {
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "passerelle-live-notifications");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::pollSafely, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        poller.shutdownNow();
        sink.tryEmitComplete();
    }

    @Override
    public boolean isRunning() {
        return poller != null && !poller.isShutdown();
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("Could not read new notifications; trying again at the next poll", e);
        }
    }
}
