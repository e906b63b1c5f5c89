package fr.passerelle.api.graphql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import reactor.core.publisher.Flux;

/** What every subscription shares: it ends when the token that opened the connection expires. */
public final class Subscriptions {

    /** Context key of the connection's token expiry ({@code @ContextValue(name = TOKEN_EXPIRES_AT)}). */
    public static final String TOKEN_EXPIRES_AT = "tokenExpiresAt";

    private Subscriptions() {
    }

    /** The stream, completed when the token expires; the client reconnects with a fresh token. */
    public static <T> Flux<T> whileTokenValid(Flux<T> stream, Instant expiresAt, Clock clock) {
        if (expiresAt == null) {
            return stream;
        }
        Duration left = Duration.between(clock.instant(), expiresAt);
        return left.isNegative() ? Flux.empty() : stream.take(left);
    }
}
