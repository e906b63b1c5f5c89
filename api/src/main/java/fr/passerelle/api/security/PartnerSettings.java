package fr.passerelle.api.security;

import fr.passerelle.school.model.PartnershipTier;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Partner clients' tokens and cost budgets (README, "Partner clients").
 *
 * @param tokenLifetime  how long the dev issuer's partner tokens live (Keycloak: the client's access token lifespan)
 * @param statusCacheTtl how long a client's status and scopes are trusted before being read again: a suspension
 *                       cuts its tokens within this time
 * @param budgets        each partnership tier's leaky bucket; a tier left out gets the first tier's
 */
@ConfigurationProperties("passerelle.partners")
public record PartnerSettings(Duration tokenLifetime, Duration statusCacheTtl, Map<PartnershipTier, Budget> budgets) {

    /**
     * @param capacity        points a client may spend at once; also the most one query may cost it
     * @param refillPerSecond points that leak back every second
     */
    public record Budget(long capacity, long refillPerSecond) {
    }

    public PartnerSettings {
        tokenLifetime = tokenLifetime != null ? tokenLifetime : Duration.ofMinutes(15);
        statusCacheTtl = statusCacheTtl != null ? statusCacheTtl : Duration.ofSeconds(5);
        budgets = budgets == null || budgets.isEmpty() ? Map.of() : new EnumMap<>(budgets);
        for (Map.Entry<PartnershipTier, Budget> entry : budgets.entrySet()) {
            if (entry.getValue().capacity() <= 0 || entry.getValue().refillPerSecond() <= 0) {
                throw new IllegalArgumentException("passerelle.partners.budgets." + entry.getKey()
                        + " needs a positive capacity and refill-per-second");
            }
        }
    }

    public Budget budgetOf(PartnershipTier tier) {
        Budget budget = budgets.getOrDefault(tier, budgets.get(PartnershipTier.DISCOVERY));
        return budget != null ? budget : new Budget(10_000, 500);
    }
}
