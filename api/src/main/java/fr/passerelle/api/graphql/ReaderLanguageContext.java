package fr.passerelle.api.graphql;

import fr.passerelle.api.i18n.ReaderLanguages;
import fr.passerelle.api.security.ActorFilter;
import fr.passerelle.membership.model.Actor;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives every GraphQL request over HTTP its reader's language (the caller's preference, else its
 * {@code Accept-Language}, else French), for whatever writes sentences: user errors, refusals, advice. Over WebSocket
 * the connection's language is set by {@link SubscriptionAuthentication}.
 */
@Component
class ReaderLanguageContext implements WebGraphQlInterceptor {

    private final ReaderLanguages languages;

    ReaderLanguageContext(ReaderLanguages languages) {
        this.languages = languages;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!(request instanceof WebSocketGraphQlRequest)) {
            String subject = request.getAttributes().get(ActorFilter.ATTRIBUTE) instanceof Actor actor
                    ? actor.subject() : null;
            var language = languages.of(subject, request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(context -> context.put(ReaderLanguages.CONTEXT_KEY, language)).build());
        }
        return chain.next(request);
    }
}
