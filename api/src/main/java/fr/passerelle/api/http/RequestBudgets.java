package fr.passerelle.api.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Token buckets by client key, in memory. At most {@code maxClients} buckets are kept, least recently used first out:
 * forgetting a client only gives it a full budget again, which is also what a quiet client has.
 */
public final class RequestBudgets {

    private final boolean enabled;
    private final double burst;
    private final double tokensPerNano;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets;

    public RequestBudgets(RequestBudgetSettings settings) {
        this(settings, System::nanoTime);
    }

    RequestBudgets(RequestBudgetSettings settings, LongSupplier nanoClock) {
        this.enabled = settings.enabled();
        this.burst = settings.burst();
        this.tokensPerNano = settings.requestsPerMinute() / (double) TimeUnit.MINUTES.toNanos(1);
        this.nanoClock = nanoClock;
        int maxClients = settings.maxClients();
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
            }
        };
    }

    /**
     * Takes one request from the client's budget. Empty when granted; otherwise the whole seconds until the next
     * request would be (at least 1).
     */
    public synchronized OptionalLong take(String client) {
        if (!enabled) {
            return OptionalLong.empty();
        }
        long now = nanoClock.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(burst, now));
        bucket.refill(now, burst, tokensPerNano);
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return OptionalLong.empty();
        }
        double nanosToNext = (1 - bucket.tokens) / tokensPerNano;
        return OptionalLong.of(Math.max(1, (long) Math.ceil(nanosToNext / TimeUnit.SECONDS.toNanos(1))));
    }

    synchronized int clientsRemembered() {
        return buckets.size();
    }

    private static final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        void refill(long now, double burst, double tokensPerNano) {
            tokens = Math.min(burst, tokens + (now - refilledAt) * tokensPerNano);
            refilledAt = now;
        }
    }
}
