package fr.passerelle.api.graphql.guard;

import fr.passerelle.api.security.PartnerSettings;
import fr.passerelle.partner.model.CostBucket;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The partner clients' cost buckets, in memory, per instance (like the request budget): a client forgotten, or seen
 * for the first time by an instance, starts full. Each change is one atomic {@code compute}, so concurrent queries
 * of one client never spend the same points twice.
 */
final class CostBudgets {

    /** Clients remembered at once; partner clients are registered, so there are far fewer. */
    private static final int MAX_CLIENTS = 10_000;

    private final ConcurrentHashMap<String, CostBucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;

    CostBudgets(Clock clock) {
        this.clock = clock;
    }

    CostBucket.Taking take(String clientId, PartnerSettings.Budget budget, long cost) {
        if (buckets.size() >= MAX_CLIENTS && !buckets.containsKey(clientId)) {
            buckets.clear();
        }
        Instant now = clock.instant();
        CostBucket.Taking[] taking = new CostBucket.Taking[1];
        buckets.compute(clientId, (id, bucket) -> {
            CostBucket current = bucket != null && bucket.capacity() == budget.capacity()
                    && bucket.refillPerSecond() == budget.refillPerSecond() ? bucket
                    : CostBucket.full(budget.capacity(), budget.refillPerSecond(), now);
            taking[0] = current.take(cost, now);
            return taking[0].bucket();
        });
        return taking[0];
    }

    /** Gives back what a query did not use; the bucket as it is afterwards. */
    CostBucket refund(String clientId, PartnerSettings.Budget budget, long points) {
        Instant now = clock.instant();
        return buckets.compute(clientId, (id, bucket) -> (bucket != null ? bucket
                : CostBucket.full(budget.capacity(), budget.refillPerSecond(), now)).refund(points, now));
    }
}
