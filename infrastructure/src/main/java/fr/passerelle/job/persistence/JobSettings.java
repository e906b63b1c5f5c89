package fr.passerelle.job.persistence;

import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How background jobs run ({@code passerelle.jobs.*}).
 *
 * @param enabled          whether this instance runs jobs and relays events (an instance that does not still
 *                         stores events: nothing is lost, they wait for a runner)
 * @param pollInterval     how often an idle runner looks for due work
 * @param lease            how long a claimed job is an instance's own before another may take it over
 * @param maxAttempts      failures before a job is parked for an administrator
 * @param firstRetryDelay  the delay after the first failure, doubled after each next one
 * @param maxRetryDelay    the ceiling of that delay
 * @param retention        how long finished jobs are kept before being swept
 * @param instanceId       names this instance in leases (defaults to a random id)
 */
@ConfigurationProperties("passerelle.jobs")
record JobSettings(Boolean enabled, Duration pollInterval, Duration lease, Integer maxAttempts,
                   Duration firstRetryDelay, Duration maxRetryDelay, Duration retention, String instanceId) {

    JobSettings {
        enabled = enabled == null || enabled;
        pollInterval = pollInterval != null ? pollInterval : Duration.ofMillis(500);
        lease = lease != null ? lease : Duration.ofMinutes(2);
        maxAttempts = maxAttempts != null ? maxAttempts : 8;
        firstRetryDelay = firstRetryDelay != null ? firstRetryDelay : Duration.ofSeconds(2);
        maxRetryDelay = maxRetryDelay != null ? maxRetryDelay : Duration.ofMinutes(30);
        retention = retention != null ? retention : Duration.ofDays(7);
        instanceId = instanceId != null ? instanceId : "instance-" + UUID.randomUUID();
    }

    /** Exponential backoff: first delay, doubled per further failure, capped. */
    Duration retryDelay(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration delay = firstRetryDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
