package fr.passerelle.webhook.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a delivery is attempted: the delay before each attempt, counted from the previous one, the first being
 * {@link Duration#ZERO} for "at once". Each delay but the first is spread by a random jitter so that many deliveries
 * failing together (a receiver's outage) do not all come back at the same second.
 *
 * @param delays the delay before attempt 1, 2, …; their count is the number of attempts
 * @param jitter the fraction (0 to 0.5) a delay may be lengthened or shortened by
 */
public record RetrySchedule(List<Duration> delays, double jitter) {

    /** The Standard Webhooks schedule: at once, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h. */
    public static final RetrySchedule STANDARD = new RetrySchedule(List.of(Duration.ZERO, Duration.ofSeconds(5),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
            Duration.ofHours(10), Duration.ofHours(14), Duration.ofHours(20), Duration.ofHours(24)), 0.1);

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (delays.isEmpty() || delays.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("a retry schedule needs at least one delay, none negative");
        }
        if (jitter < 0 || jitter > 0.5) {
            throw new IllegalArgumentException("the jitter is a fraction between 0 and 0.5, not " + jitter);
        }
    }

    public int attempts() {
        return delays.size();
    }

    /**
     * When to make the next attempt after {@code attemptsMade} attempts failed, the last at {@code now}; empty once
     * the schedule is spent.
     *
     * @param random a source of numbers in [0, 1)
     */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant now, DoubleSupplier random) {
        if (attemptsMade < 0 || attemptsMade >= delays.size()) {
            return Optional.empty();
        }
        Duration delay = delays.get(attemptsMade);
        double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
        return Optional.of(now.plusMillis(Math.round(delay.toMillis() * factor)));
    }
}
