package fr.passerelle.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The settings of the partner-client and webhook tests, in one place so their classes share one application context
 * (Spring caches contexts by their properties): a short webhook retry schedule and timeout, so a test waits seconds
 * rather than hours; a tiny cost budget for the PREMIUM tier (2,000 points refilled at 1 a second), so a few large
 * queries throttle a client; and a partner client's status read on every request, so a suspension or a
 * tier change shows at once. Loopback receivers are allowed by the dev configuration only.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@TestPropertySource(properties = {
        "passerelle.webhooks.retry-delays=0s,300ms,300ms,300ms",
        "passerelle.webhooks.jitter=0",
        // Long enough for a loaded machine to answer on loopback; short enough that a hang is cut quickly.
        "passerelle.webhooks.timeout=3s",
        "passerelle.partners.budgets.PREMIUM.capacity=2000",
        "passerelle.partners.budgets.PREMIUM.refill-per-second=1",
        "passerelle.partners.status-cache-ttl=0s"})
@interface PartnerAndWebhookSettings {
}
