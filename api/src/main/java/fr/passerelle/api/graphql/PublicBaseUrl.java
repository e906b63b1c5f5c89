package fr.passerelle.api.graphql;

import fr.passerelle.shared.model.WebAddress;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The address clients reach the API at, which the links the API hands out ({@code URL} fields such as
 * {@code documentUrl}) are built on. For now it is the address each request came to (scheme, host, port and context
 * path; behind a proxy, as {@code SERVER_FORWARD_HEADERS_STRATEGY} reveals it): a configured public base URL is to
 * take its place here, in {@link #of}, for every link at once. Data fetchers take it as
 * {@code @ContextValue(PublicBaseUrl.CONTEXT_KEY) URI} and build links with {@link #link}.
 */
@Component
public class PublicBaseUrl implements WebGraphQlInterceptor {

    /** GraphQL context key of the base ({@link URI}, no trailing slash). */
    public static final String CONTEXT_KEY = "publicBaseUrl";

    private final String contextPath;

    PublicBaseUrl(@Value("${server.servlet.context-path:}") String contextPath) {
        this.contextPath = contextPath;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        URI base = of(request.getUri().toUri());
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(context -> context.put(CONTEXT_KEY, base)).build());
        return chain.next(request);
    }

    /** The base for a request to this address; over WebSocket, the handshake's ({@code ws}/{@code wss} read as http/https). */
    URI of(URI requestUri) {
        String scheme = switch (requestUri.getScheme()) {
            case "wss" -> "https";
            case "ws" -> "http";
            default -> requestUri.getScheme();
        };
        return UriComponentsBuilder.newInstance().scheme(scheme).host(requestUri.getHost()).port(requestUri.getPort())
                .path(contextPath).build().toUri();
    }

    /** An absolute link to a path of the API ({@code /agreements/…/document}). */
    public static WebAddress link(URI base, String path) {
        return new WebAddress(URI.create(base + path));
    }
}
