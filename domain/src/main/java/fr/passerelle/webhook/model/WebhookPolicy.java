package fr.passerelle.webhook.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How webhooks are delivered.
 *
 * @param schedule      when attempts are made
 * @param timeout       how long one attempt waits for an answer (15 s by default)
 * @param failureWindow how long an endpoint may fail without one success before it is disabled (5 days)
 * @param secretOverlap how long a rotated-out secret keeps signing next to the new one
 */
public record WebhookPolicy(RetrySchedule schedule, Duration timeout, Duration failureWindow, Duration secretOverlap) {

    public static final WebhookPolicy STANDARD = new WebhookPolicy(RetrySchedule.STANDARD, Duration.ofSeconds(15),
            Duration.ofDays(5), Duration.ofHours(24));

    public WebhookPolicy {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(failureWindow, "failureWindow");
        Objects.requireNonNull(secretOverlap, "secretOverlap");
    }
}
