package fr.passerelle.api.http;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Each client's request budget: a token bucket per client (the token's subject, or the address of an anonymous
 * caller) holding up to {@code burst} requests and refilled at {@code requestsPerMinute}.
 *
 * @param requestsPerMinute sustained rate; zero or less turns the budget off
 * @param burst requests a client may send at once after a quiet period
 * @param maxClients clients remembered at once; beyond, the least recently seen is forgotten (it starts again with a
 *                   full budget), so a flood of distinct addresses cannot grow the memory
 */
@ConfigurationProperties("passerelle.rate-limit")
public record RequestBudgetSettings(int requestsPerMinute, int burst, int maxClients) {

    public RequestBudgetSettings {
        burst = burst > 0 ? burst : 300;
        maxClients = maxClients > 0 ? maxClients : 100_000;
    }

    boolean enabled() {
        return requestsPerMinute > 0;
    }
}
