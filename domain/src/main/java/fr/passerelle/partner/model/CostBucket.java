package fr.passerelle.partner.model;

import java.time.Duration;
import java.time.Instant;

/**
 * A client's cost budget as a leaky bucket (Shopify's model): it holds at most {@code capacity} points and refills
 * at {@code refillPerSecond}; a query takes its requested cost before it runs, and what it did not use is given back
 * once its actual cost is known. Immutable: each operation returns the bucket as it is afterwards.
 *
 * @param available points available at {@code at}
 */
public record CostBucket(long capacity, long refillPerSecond, double available, Instant at) {

    public CostBucket {
        if (capacity <= 0 || refillPerSecond <= 0) {
            throw new IllegalArgumentException("A cost bucket needs a positive capacity and refill rate");
        }
    }

    /** A full bucket: a client never seen (or forgotten) starts with its whole capacity. */
    public static CostBucket full(long capacity, long refillPerSecond, Instant now) {
        return new CostBucket(capacity, refillPerSecond, capacity, now);
    }

    /**
     * What taking {@code cost} points left: the bucket afterwards (unchanged but for the refill when refused).
     *
     * @param granted    whether the points were available and taken
     * @param retryAfter when refused, the whole seconds until enough points will be there; zero when granted
     */
    public record Taking(CostBucket bucket, boolean granted, long retryAfter) {
    }

    public Taking take(long cost, Instant now) {
        CostBucket refilled = refilledAt(now);
        if (cost <= refilled.available) {
            return new Taking(new CostBucket(capacity, refillPerSecond, refilled.available - cost, refilled.at),
                    true, 0);
        }
        long retryAfter = (long) Math.ceil((cost - refilled.available) / refillPerSecond);
        return new Taking(refilled, false, Math.max(1, retryAfter));
    }

    /** Gives back points a query took but did not use; never beyond the capacity. */
    public CostBucket refund(long points, Instant now) {
        CostBucket refilled = refilledAt(now);
        return new CostBucket(capacity, refillPerSecond, Math.min(capacity, refilled.available + points), refilled.at);
    }

    /** Whole points available (rounded down). */
    public long remaining() {
        return (long) Math.floor(available);
    }

    /** When the bucket will be full again if nothing more is taken. */
    public Instant resetAt() {
        double missing = capacity - available;
        return at.plus(Duration.ofMillis((long) Math.ceil(missing * 1000 / refillPerSecond)));
    }

    private CostBucket refilledAt(Instant now) {
        if (!now.isAfter(at)) {
            return this;
        }
        double seconds = Duration.between(at, now).toNanos() / 1e9;
        return new CostBucket(capacity, refillPerSecond, Math.min(capacity, available + seconds * refillPerSecond),
                now);
    }
}
