package fr.passerelle.api.graphql;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Spring for GraphQL's WebSocket handler, with every connection bound to the life of the token that opened it: once
 * the token has expired no message is handled any more — a query or mutation sent after expiry is never run — and
 * the connection is closed with 4401 (Unauthorized) at the token's expiry, so the client reconnects with a fresh
 * token. (The expiry is read at {@code connection_init} by {@link SubscriptionAuthentication}.)
 */
final class TokenBoundWebSocketHandler extends GraphQlWebSocketHandler {

    static final CloseStatus TOKEN_EXPIRED = new CloseStatus(4401, "Unauthorized: the token expired");
    private static final String SCHEDULED_CLOSE = TokenBoundWebSocketHandler.class.getName() + ".scheduledClose";

    private final Clock clock;

    TokenBoundWebSocketHandler(WebGraphQlHandler graphQlHandler, HttpMessageConverter<Object> converter,
                               Duration connectionInitTimeout, Duration keepAlive, CorsConfiguration cors, Clock clock) {
        super(graphQlHandler, converter, connectionInitTimeout, keepAlive, cors);
        this.clock = clock;
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
        Instant expiresAt = SubscriptionAuthentication.tokenExpiry(session.getAttributes());
        if (expiresAt != null && !clock.instant().isBefore(expiresAt)) {
            closeExpired(session);
            return;
        }
        super.handleTextMessage(session, message);
        if (expiresAt == null) {
            scheduleClose(session);
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) {
        if (session.getAttributes().get(SCHEDULED_CLOSE) instanceof Disposable scheduled) {
            scheduled.dispose();
        }
        super.afterConnectionClosed(session, closeStatus);
    }

    /** Once {@code connection_init} has authenticated the session, closes it when its token expires. */
    private void scheduleClose(WebSocketSession session) {
        Instant expiresAt = SubscriptionAuthentication.tokenExpiry(session.getAttributes());
        if (expiresAt == null || session.getAttributes().containsKey(SCHEDULED_CLOSE)) {
            return;
        }
        Duration left = Duration.between(clock.instant(), expiresAt);
        Disposable scheduled = Mono.delay(left.isNegative() ? Duration.ZERO : left)
                .subscribe(tick -> closeExpired(session));
        session.getAttributes().put(SCHEDULED_CLOSE, scheduled);
    }

    private static void closeExpired(WebSocketSession session) {
        try {
            session.close(TOKEN_EXPIRED);
        } catch (IOException alreadyGone) {
            // The peer went away first: nothing left to close.
        }
    }
}
