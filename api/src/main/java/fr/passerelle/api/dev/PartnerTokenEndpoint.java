package fr.passerelle.api.dev;

import fr.passerelle.partner.model.PartnerClient;
import fr.passerelle.partner.model.PartnerScope;
import fr.passerelle.partner.port.in.PartnerClientUseCases;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dev issuer's token endpoint ({@code POST /oauth2/token}) for partner clients: the client-credentials grant
 * (RFC 6749 §4.4), the client authenticated by HTTP Basic or by {@code client_id}/{@code client_secret} in the form,
 * against the clients the platform stores (only their secrets' hashes). Requests for the demo personas' clients go on
 * to Spring Authorization Server; partner client ids ({@code pc_…}) are answered here. The token lives
 * {@code passerelle.partners.token-lifetime} (15 min) and carries the scopes asked for ({@code scope}, space-separated;
 * all the client holds when left out) and the organisation.
 */
final class PartnerTokenEndpoint extends OncePerRequestFilter {

    private static final String PATH = "/oauth2/token";
    private static final String PARTNER_PREFIX = "pc_";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Credentials(String clientId, String secret, boolean basic) {
    }

    private final PartnerClientUseCases clients;
    private final DevTokens tokens;
    private final Duration lifetime;
    private final Clock clock;

    PartnerTokenEndpoint(PartnerClientUseCases clients, DevTokens tokens, Duration lifetime, Clock clock) {
        this.clients = clients;
        this.tokens = tokens;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !(HttpMethod.POST.matches(request.getMethod()) && PATH.equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Credentials> credentials = credentials(request);
        if (credentials.isEmpty() || !credentials.get().clientId().startsWith(PARTNER_PREFIX)) {
            chain.doFilter(request, response);
            return;
        }
        Credentials given = credentials.get();
        if (!"client_credentials".equals(request.getParameter("grant_type"))) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, "unsupported_grant_type",
                    "Partner clients use the client_credentials grant", false);
            return;
        }
        Optional<PartnerClient> client = clients.authenticate(given.clientId(), given.secret());
        if (client.isEmpty()) {
            error(response, HttpServletResponse.SC_UNAUTHORIZED, "invalid_client",
                    "Unknown client, wrong secret, or suspended client", given.basic());
            return;
        }
        Optional<Set<PartnerScope>> scopes = requestedScopes(request.getParameter("scope"), client.get());
        if (scopes.isEmpty()) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, "invalid_scope",
                    "The client does not hold every scope asked for", false);
            return;
        }
        Instant now = clock.instant();
        var values = scopes.get().stream().sorted().map(PartnerScope::value).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", tokens.issueForClient(client.get().clientId(), values,
                client.get().organisation().key(), now, now.plus(lifetime)));
        body.put("token_type", "Bearer");
        body.put("expires_in", lifetime.toSeconds());
        body.put("scope", String.join(" ", values));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        write(response, body);
    }

    /** The scopes asked for, all among the client's; every scope it holds when none are named; empty otherwise. */
    private static Optional<Set<PartnerScope>> requestedScopes(String parameter, PartnerClient client) {
        if (parameter == null || parameter.isBlank()) {
            return Optional.of(client.scopes());
        }
        Set<PartnerScope> asked = EnumSet.noneOf(PartnerScope.class);
        for (String value : parameter.trim().split("\\s+")) {
            Optional<PartnerScope> scope = PartnerScope.ofValue(value);
            if (scope.isEmpty() || !client.scopes().contains(scope.get())) {
                return Optional.empty();
            }
            asked.add(scope.get());
        }
        return Optional.of(asked);
    }

    private static Optional<Credentials> credentials(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                return colon < 0 ? Optional.empty() : Optional.of(new Credentials(
                        java.net.URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8), true));
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        }
        String clientId = request.getParameter("client_id");
        String secret = request.getParameter("client_secret");
        return clientId == null || secret == null ? Optional.empty()
                : Optional.of(new Credentials(clientId, secret, false));
    }

    private static void error(HttpServletResponse response, int status, String code, String description,
                              boolean basic) throws IOException {
        response.setStatus(status);
        if (basic) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"passerelle-dev\"");
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        write(response, Map.of("error", code, "error_description", description));
    }

    private static void write(HttpServletResponse response, Map<String, Object> body) throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
