package fr.passerelle.api.graphql;

import fr.passerelle.shared.i18n.Language;
import java.util.Optional;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The language the reader of an answer reads, for the texts the API writes itself (such as {@code Money.formatted}):
 * for now the first language of {@code Accept-Language} Passerelle speaks, else French. Data fetchers take it as
 * {@code @ContextValue(ReaderLanguage.CONTEXT_KEY) Language}; a person's own preference is to come first, here.
 */
@Component
public class ReaderLanguage implements WebGraphQlInterceptor {

    /** GraphQL context key of the reader's {@link Language}. */
    public static final String CONTEXT_KEY = "readerLanguage";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Language language = fromHeaders(request.getHeaders());
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(context -> context.put(CONTEXT_KEY, language)).build());
        return chain.next(request);
    }

    /** Over WebSocket, the headers of the handshake. A malformed header counts as none. */
    static Language fromHeaders(HttpHeaders headers) {
        try {
            return headers.getAcceptLanguageAsLocales().stream().map(Language::of).flatMap(Optional::stream)
                    .findFirst().orElse(Language.DEFAULT);
        } catch (IllegalArgumentException malformed) {
            return Language.DEFAULT;
        }
    }
}
