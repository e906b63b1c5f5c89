package fr.passerelle.webhook.http;

import fr.passerelle.webhook.model.RetrySchedule;
import fr.passerelle.webhook.model.WebhookPolicy;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How webhooks are delivered ({@code passerelle.webhooks.*}).
 *
 * @param allowLoopback  lets endpoints on this machine be registered and called, over http too: development and
 *                       tests only, never in production (SSRF)
 * @param timeout        per attempt (15 s)
 * @param retryDelays    the delay before each attempt, from the previous one (the Standard Webhooks schedule)
 * @param jitter         the fraction a delay is spread by (0.1)
 * @param failureWindow  failures without one success that disable an endpoint (5 days)
 * @param secretOverlap  how long a rotated-out secret still signs (24 h)
 * @param encryptionKey  base64 of at least 32 bytes sealing the endpoints' secrets; without it, a key of this
 *                       process only (secrets must then be rotated after a restart)
 */
@ConfigurationProperties("passerelle.webhooks")
record WebhookSettings(Boolean allowLoopback, Duration timeout, List<Duration> retryDelays, Double jitter,
                       Duration failureWindow, Duration secretOverlap, String encryptionKey) {

    WebhookSettings {
        allowLoopback = allowLoopback != null && allowLoopback;
        WebhookPolicy standard = WebhookPolicy.STANDARD;
        timeout = timeout != null ? timeout : standard.timeout();
        retryDelays = retryDelays != null && !retryDelays.isEmpty() ? List.copyOf(retryDelays)
                : standard.schedule().delays();
        jitter = jitter != null ? jitter : standard.schedule().jitter();
        failureWindow = failureWindow != null ? failureWindow : standard.failureWindow();
        secretOverlap = secretOverlap != null ? secretOverlap : standard.secretOverlap();
    }

    WebhookPolicy policy() {
        return new WebhookPolicy(new RetrySchedule(retryDelays, jitter), timeout, failureWindow, secretOverlap);
    }
}
