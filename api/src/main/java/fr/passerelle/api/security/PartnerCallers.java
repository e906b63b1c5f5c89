package fr.passerelle.api.security;

import fr.passerelle.partner.model.PartnerScope;
import fr.passerelle.partner.port.in.PartnerClientUseCases;
import fr.passerelle.partner.port.in.PartnerClientUseCases.PartnerStanding;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Recognises a partner client's token: its client ({@code azp}, else {@code client_id}: the same claims for the dev
 * issuer and Keycloak's service accounts) names a registered partner client. The client's status, scopes and
 * organisation come from our own data, read at most every {@code statusCacheTtl} per client (so a suspension
 * takes effect within it, on every instance); the token's {@code scope} claim can only narrow them.
 */
public final class PartnerCallers {

    /** A suspended partner client's token: refused outright (401), not treated as a stranger's. */
    public static final class RefusedClientException extends RuntimeException {
        RefusedClientException(String clientId) {
            super("The partner client " + clientId + " is suspended");
        }
    }

    private record Cached(Optional<PartnerStanding> standing, Instant readAt) {
    }

    /** Client ids remembered at once; beyond, the cache starts afresh (one read per client refills it). */
    private static final int MAX_CACHED = 10_000;

    private final PartnerClientUseCases clients;
    private final Duration statusCacheTtl;
    private final Clock clock;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    public PartnerCallers(PartnerClientUseCases clients, Duration statusCacheTtl, Clock clock) {
        this.clients = clients;
        this.statusCacheTtl = statusCacheTtl;
        this.clock = clock;
    }

    /**
     * The partner caller of this token; empty when its client is no partner client (a person's token).
     *
     * @throws RefusedClientException when it is a suspended partner client
     */
    public Optional<PartnerCaller> callerOf(Jwt jwt) {
        String clientId = TokenActors.client(jwt);
        if (clientId == null) {
            return Optional.empty();
        }
        Optional<PartnerStanding> standing = standing(clientId);
        if (standing.isEmpty()) {
            return Optional.empty();
        }
        var client = standing.get().client();
        if (!client.isActive()) {
            throw new RefusedClientException(clientId);
        }
        return Optional.of(PartnerCaller.of(client, jwt.getSubject(), client.grantedAmong(scopesOf(jwt)),
                standing.get().tier()));
    }

    private Optional<PartnerStanding> standing(String clientId) {
        Instant now = clock.instant();
        Cached cached = cache.get(clientId);
        if (cached != null && now.isBefore(cached.readAt().plus(statusCacheTtl))) {
            return cached.standing();
        }
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        Optional<PartnerStanding> read = clients.standing(clientId);
        cache.put(clientId, new Cached(read, now));
        return read;
    }

    /** The {@code scope} claim: a space-separated string (RFC 8693, Keycloak) or a list (some issuers). */
    private static Set<PartnerScope> scopesOf(Jwt jwt) {
        Object claim = jwt.getClaims().get("scope");
        Collection<?> values = claim instanceof Collection<?> list ? list
                : claim instanceof String text ? java.util.Arrays.asList(text.trim().split("\\s+")) : java.util.List.of();
        Set<PartnerScope> scopes = EnumSet.noneOf(PartnerScope.class);
        values.forEach(value -> PartnerScope.ofValue(String.valueOf(value)).ifPresent(scopes::add));
        return scopes;
    }
}
