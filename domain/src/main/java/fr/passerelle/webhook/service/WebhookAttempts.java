package fr.passerelle.webhook.service;

import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;
import fr.passerelle.shared.port.Reminders;
import fr.passerelle.webhook.model.AttemptOutcome;
import fr.passerelle.webhook.model.DeliveryAttempt;
import fr.passerelle.webhook.model.DeliveryStatus;
import fr.passerelle.webhook.model.DisabledReason;
import fr.passerelle.webhook.model.EndpointSecret;
import fr.passerelle.webhook.model.WebhookDelivery;
import fr.passerelle.webhook.model.WebhookEndpoint;
import fr.passerelle.webhook.model.WebhookPolicy;
import fr.passerelle.webhook.model.WebhookSignature;
import fr.passerelle.webhook.port.out.SecretBox;
import fr.passerelle.webhook.port.out.WebhookDeliveries;
import fr.passerelle.webhook.port.out.WebhookEndpoints;
import fr.passerelle.webhook.port.out.WebhookTransport;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes the attempts of webhook messages. Each attempt is a reminder job ({@code webhook-attempt}) keyed by the
 * message and the attempt's number, so it is durable, runs once across instances, and a stale one (the message was
 * delivered, replayed or abandoned meanwhile) does nothing. An attempt never throws for the receiver's failure: it
 * records it and schedules the next attempt from the {@link fr.passerelle.webhook.model.RetrySchedule}.
 */
public class WebhookAttempts implements ReminderHandler {

    static final String KIND = "webhook-attempt";
    private static final String DELIVERY = "delivery";
    private static final String ATTEMPT = "attempt";
    private static final int GONE = 410;

    private final WebhookDeliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final WebhookTransport transport;
    private final SecretBox secrets;
    private final Reminders reminders;
    private final NoticeDelivery notices;
    private final WebhookPolicy policy;
    private final Clock clock;

    public WebhookAttempts(WebhookDeliveries deliveries, WebhookEndpoints endpoints, WebhookTransport transport,
                           SecretBox secrets, Reminders reminders, NoticeDelivery notices, WebhookPolicy policy,
                           Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.transport = transport;
        this.secrets = secrets;
        this.reminders = reminders;
        this.notices = notices;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Schedules the message's next attempt at its {@code nextAttemptAt}. */
    void schedule(WebhookDelivery delivery) {
        int number = delivery.nextAttemptNumber();
        reminders.schedule(new Reminder("webhook/" + delivery.id() + "/" + number, KIND, delivery.nextAttemptAt(),
                Map.of(DELIVERY, delivery.id(), ATTEMPT, String.valueOf(number))));
    }

    @Override
    public void fire(Reminder reminder) {
        Optional<WebhookDelivery> found = deliveries.findById(reminder.attribute(DELIVERY));
        int number = Integer.parseInt(reminder.attribute(ATTEMPT));
        if (found.isEmpty() || found.get().status() != DeliveryStatus.PENDING
                || found.get().nextAttemptNumber() != number) {
            return; // delivered, abandoned or replayed since: this attempt is moot
        }
        WebhookDelivery delivery = found.get();
        WebhookEndpoint endpoint = endpoints.findById(delivery.endpointId()).orElse(null);
        if (endpoint == null || !endpoint.enabled()) {
            deliveries.update(delivery.abandoned());
            return;
        }
        Instant start = clock.instant();
        WebhookTransport.Response response = transport.post(URI.create(endpoint.url()),
                headers(delivery, endpoint, start), delivery.body(), policy.timeout());
        DeliveryAttempt attempt = new DeliveryAttempt(number, start, response.durationMillis(), response.outcome(),
                response.status(), response.excerpt());
        boolean gone = response.status() != null && response.status() == GONE;
        Instant next = attempt.outcome() == AttemptOutcome.SUCCEEDED || gone ? null
                : policy.schedule().nextAttempt(number, clock.instant(), ThreadLocalRandom.current()::nextDouble)
                        .orElse(null);
        WebhookDelivery after = deliveries.update(delivery.after(attempt, next));
        endpointAfter(endpoint, attempt, gone);
        if (after.status() == DeliveryStatus.PENDING) {
            schedule(after);
        }
    }

    /** The endpoint's health: a success clears its failures; a 410 or the whole failure window disables it. */
    private void endpointAfter(WebhookEndpoint endpoint, DeliveryAttempt attempt, boolean gone) {
        Instant now = clock.instant();
        WebhookEndpoint after;
        if (attempt.outcome() == AttemptOutcome.SUCCEEDED) {
            after = endpoint.succeeded();
        } else if (gone) {
            after = endpoint.disabled(DisabledReason.GONE);
        } else {
            WebhookEndpoint failing = endpoint.failed(now);
            after = failing.failingFor(policy.failureWindow(), now) ? failing.disabled(DisabledReason.FAILING) : failing;
        }
        if (after.equals(endpoint)) {
            return;
        }
        try {
            WebhookEndpoint stored = endpoints.update(after);
            if (!stored.enabled() && endpoint.enabled()) {
                tellOwner(stored);
            }
        } catch (ConcurrentUpdateException changedMeanwhile) {
            // Edited by its owner or another attempt meanwhile: the next attempt judges its health afresh.
        }
    }

    private void tellOwner(WebhookEndpoint endpoint) {
        Notice notice = new Notice(NotificationKind.WEBHOOK_ENDPOINT_DISABLED,
                Map.of("url", URI.create(endpoint.url()).getHost()),
                WebhookEndpointService.OBJECT_TYPE, endpoint.id());
        notices.toPeople("webhook-disabled/" + endpoint.id() + "/" + endpoint.version(), notice,
                List.of(endpoint.createdBy()));
    }

    private Map<String, String> headers(WebhookDelivery delivery, WebhookEndpoint endpoint, Instant now) {
        long timestamp = now.getEpochSecond();
        List<String> keys = endpoint.signingSecrets(now).stream().map(EndpointSecret::sealed).map(secrets::open)
                .toList();
        return Map.of("webhook-id", delivery.id(),
                "webhook-timestamp", String.valueOf(timestamp),
                "webhook-signature", WebhookSignature.header(delivery.id(), timestamp, delivery.body(), keys),
                "content-type", "application/json");
    }
}
