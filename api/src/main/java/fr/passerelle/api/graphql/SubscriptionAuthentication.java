package fr.passerelle.api.graphql;

import fr.passerelle.api.i18n.ReaderLanguages;
import fr.passerelle.api.security.PartnerCaller;
import fr.passerelle.api.security.PartnerCallers;
import fr.passerelle.api.security.TokenActors;
import fr.passerelle.membership.model.Actor;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Authenticates GraphQL over WebSocket: the access token comes in the {@code connection_init} payload
 * ({@code {"Authorization": "Bearer …"}}) and is validated by the same decoder as HTTP requests (signature, expiry,
 * audience, issuer). A missing or invalid token closes the connection (4401 Unauthorized) before any operation runs.
 *
 * <p>Each operation gets an actor built afresh from the token, as an HTTP request would: memberships granted or
 * revoked since the connection opened count from the next operation on. The token's expiry ends the connection
 * ({@link TokenBoundWebSocketHandler}).
 *
 * <p>A partner client's token is recognised as over HTTP ({@link PartnerCallers}, the same resolution as
 * {@code ActorFilter}): the operation acts as its organisation, and its caller goes in the context so the
 * {@code @scope} guard judges subscription fields as it judges queries. A suspended client's connection is refused.
 *
 * <p>Sentences are written in the connection's language: the caller's preference, else an {@code Accept-Language}
 * entry of the {@code connection_init} payload ({@code {"Authorization": "Bearer …", "Accept-Language": "en"}}), else
 * the handshake's {@code Accept-Language} header (a browser sends its own), else French.
 */
@Component
class SubscriptionAuthentication implements WebSocketGraphQlInterceptor {

    private static final String TOKEN_ATTRIBUTE = SubscriptionAuthentication.class.getName() + ".token";
    private static final String EXPIRY_ATTRIBUTE = SubscriptionAuthentication.class.getName() + ".expiresAt";
    private static final String LANGUAGE_ATTRIBUTE = SubscriptionAuthentication.class.getName() + ".language";
    private static final String BEARER = "Bearer ";

    private final JwtDecoder decoder;
    private final TokenActors actors;
    private final ReaderLanguages languages;
    private final PartnerCallers partners;

    SubscriptionAuthentication(JwtDecoder decoder, TokenActors actors, ReaderLanguages languages,
                               PartnerCallers partners) {
        this.decoder = decoder;
        this.actors = actors;
        this.languages = languages;
        this.partners = partners;
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
        Object header = payload.get("Authorization");
        if (!(header instanceof String value) || !value.startsWith(BEARER)) {
            return Mono.error(new IllegalArgumentException("connection_init carries no bearer token"));
        }
        try {
            var jwt = decoder.decode(value.substring(BEARER.length()).trim());
            if (jwt.getSubject() == null) {
                throw new IllegalArgumentException("The token has no subject");
            }
            partners.callerOf(jwt); // a suspended partner client is refused here, before any operation
            session.getAttributes().put(TOKEN_ATTRIBUTE, jwt);
            session.getAttributes().put(EXPIRY_ATTRIBUTE, jwt.getExpiresAt());
            if (payload.get(HttpHeaders.ACCEPT_LANGUAGE) instanceof String acceptLanguage) {
                session.getAttributes().put(LANGUAGE_ATTRIBUTE, acceptLanguage);
            }
            return Mono.empty();
        } catch (JwtException | IllegalArgumentException | PartnerCallers.RefusedClientException invalid) {
            return Mono.error(invalid);
        }
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, WebGraphQlInterceptor.Chain chain) {
        if (request instanceof WebSocketGraphQlRequest socketRequest) {
            Map<String, Object> attributes = socketRequest.getSessionInfo().getAttributes();
            if (attributes.get(TOKEN_ATTRIBUTE) instanceof Jwt token) {
                Optional<PartnerCaller> partner;
                try {
                    partner = partners.callerOf(token);
                } catch (PartnerCallers.RefusedClientException suspended) {
                    return Mono.error(suspended); // suspended since the connection opened: no further operation
                }
                Actor actor = partner.map(PartnerCaller::actor).orElseGet(() -> actors.actorOf(token));
                Object expiresAt = attributes.get(EXPIRY_ATTRIBUTE);
                var language = languages.of(token.getSubject(), attributes.get(LANGUAGE_ATTRIBUTE) instanceof String sent
                        ? sent : socketRequest.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
                request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> {
                    context.put(GraphQlConfiguration.ACTOR, actor);
                    partner.ifPresent(caller -> context.put(PartnerCaller.ATTRIBUTE, caller));
                    context.put(ReaderLanguages.CONTEXT_KEY, language);
                    if (expiresAt != null) {
                        context.put(Subscriptions.TOKEN_EXPIRES_AT, expiresAt);
                    }
                }).build());
            }
        }
        return chain.next(request);
    }

    /** When the token that authenticated this WebSocket session expires; null before {@code connection_init}. */
    static Instant tokenExpiry(Map<String, Object> sessionAttributes) {
        return sessionAttributes.get(EXPIRY_ATTRIBUTE) instanceof Instant expiresAt ? expiresAt : null;
    }
}
