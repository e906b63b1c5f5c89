package fr.passerelle.api.graphql;

import fr.passerelle.api.security.TokenActors;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Authenticates GraphQL over WebSocket: the access token comes in the {@code connection_init} payload
 * ({@code {"Authorization": "Bearer …"}}), is validated by the same decoder as HTTP requests (signature, expiry,
 * audience, issuer), and the resulting actor serves every operation of the connection. A missing or invalid token
 * closes the connection (4401 Unauthorized) before any operation runs.
 */
@Component
class SubscriptionAuthentication implements WebSocketGraphQlInterceptor {

    private static final String ACTOR_ATTRIBUTE = SubscriptionAuthentication.class.getName() + ".actor";
    private static final String EXPIRY_ATTRIBUTE = SubscriptionAuthentication.class.getName() + ".expiresAt";
    private static final String BEARER = "Bearer ";

    private final JwtDecoder decoder;
    private final TokenActors actors;

    SubscriptionAuthentication(JwtDecoder decoder, TokenActors actors) {
        this.decoder = decoder;
        this.actors = actors;
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
        Object header = payload.get("Authorization");
        if (!(header instanceof String value) || !value.startsWith(BEARER)) {
            return Mono.error(new IllegalArgumentException("connection_init carries no bearer token"));
        }
        try {
            var jwt = decoder.decode(value.substring(BEARER.length()).trim());
            session.getAttributes().put(ACTOR_ATTRIBUTE, actors.actorOf(jwt));
            session.getAttributes().put(EXPIRY_ATTRIBUTE, jwt.getExpiresAt());
            return Mono.empty();
        } catch (JwtException | IllegalArgumentException invalid) {
            return Mono.error(invalid);
        }
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, WebGraphQlInterceptor.Chain chain) {
        if (request instanceof WebSocketGraphQlRequest socketRequest) {
            Map<String, Object> attributes = socketRequest.getSessionInfo().getAttributes();
            Object actor = attributes.get(ACTOR_ATTRIBUTE);
            if (actor != null) {
                Object expiresAt = attributes.get(EXPIRY_ATTRIBUTE);
                request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> {
                    context.put(GraphQlConfiguration.ACTOR, actor);
                    if (expiresAt != null) {
                        context.put(Subscriptions.TOKEN_EXPIRES_AT, expiresAt);
                    }
                }).build());
            }
        }
        return chain.next(request);
    }
}
