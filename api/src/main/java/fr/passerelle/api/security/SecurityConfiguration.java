package fr.passerelle.api.security;

import fr.passerelle.api.http.IdempotencyKeyFilter;
import fr.passerelle.api.http.RequestBudgetFilter;
import fr.passerelle.api.http.RequestBudgets;
import fr.passerelle.api.web.DownloadLinks;
import fr.passerelle.membership.port.in.MembershipUseCases;
import fr.passerelle.partner.port.in.PartnerClientUseCases;
import fr.passerelle.notification.port.in.NotificationSettingsUseCases;
import fr.passerelle.shared.service.IdempotentRequests;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The API is an OAuth2 resource server in every mode: a valid bearer JWT (signature, expiry, audience, and issuer
 * in production) is required for everything but health probes, metrics and the API description. Sessions and
 * CSRF tokens do not exist: every request carries its token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Answers 401 (no token, or refused) and 503 (the issuer's keys unreachable) with readable bodies. */
    private static final TokenRefusals TOKEN_REFUSALS = new TokenRefusals();

    /** Response headers an SPA's script may read besides the CORS-safelisted ones (README, "Configuration"). */
    static final List<String> EXPOSED_HEADERS = List.of("Repr-Digest", "ETag", "Content-Disposition",
            "Retry-After", "WWW-Authenticate", IdempotencyKeyFilter.REPLAYED);

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder jwtDecoder, TokenActors actors, PartnerCallers partners,
                                    SecuritySettings settings, RequestBudgets budgets,
                                    IdempotentRequests idempotentRequests) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        // The actuator is on the management port outside dev; the probes answer on both.
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers("/livez", "/readyz").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/graphiql/**", "/dev/personas", "/error").permitAll()
                        // Dev mode only (the endpoint exists nowhere else): a token for anyone.
                        .requestMatchers(HttpMethod.POST, "/dev/tokens").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        // A tutor without an account opens their form with the link's token alone.
                        .requestMatchers("/evaluation-forms/*").permitAll()
                        // One-click unsubscribe (RFC 8058): the sealed token in the address is the credential.
                        .requestMatchers("/unsubscribe/*").permitAll()
                        // A school's public catalogue: what it publishes, for its website (no one's personal data).
                        .requestMatchers(HttpMethod.GET, "/catalog/*").permitAll()
                        // Whoever holds a document the platform issued may check it.
                        .requestMatchers(HttpMethod.POST, "/document-verifications").permitAll()
                        // A signed download link opens its document without a bearer token; the download checks it.
                        .requestMatchers(SecurityConfiguration::isSignedDownload).permitAll()
                        // Browsers cannot set headers on a WebSocket: the token comes in connection_init instead.
                        .requestMatchers(SecurityConfiguration::isGraphQlWebSocketHandshake).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> jwt.decoder(jwtDecoder))
                        .authenticationEntryPoint(TOKEN_REFUSALS)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(TOKEN_REFUSALS);
                                return filter;
                            }
                        }))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(TOKEN_REFUSALS))
                .addFilterAfter(new ActorFilter(actors, partners), BearerTokenAuthenticationFilter.class)
                // After authentication, so that a signed-in client's budget is its own, not its network address's.
                .addFilterAfter(new RequestBudgetFilter(budgets), BearerTokenAuthenticationFilter.class)
                // After the budget, so that a throttled request never takes a key.
                .addFilterAfter(new IdempotencyKeyFilter(idempotentRequests), RequestBudgetFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .cors(cors -> cors.configurationSource(corsConfiguration(settings)));
        return http.build();
    }

    /**
     * The security headers (see {@link SecurityHeaders}). A bean of this type applies to every filter chain — this
     * one, the dev issuer's, the management port's — so no answer is left without them.
     */
    @Bean
    Customizer<HeadersConfigurer<HttpSecurity>> securityHeaders(
            HstsSettings hsts, @Value("${spring.graphql.graphiql.path:/graphiql}") String graphiqlPath) {
        return SecurityHeaders.of(hsts, graphiqlPath);
    }

    @Bean
    TokenActors tokenActors(MembershipUseCases memberships, NotificationSettingsUseCases notificationSettings,
                            SecuritySettings settings) {
        return new TokenActors(memberships, notificationSettings, settings.rolesClaim());
    }

    @Bean
    PartnerCallers partnerCallers(PartnerClientUseCases clients, PartnerSettings settings, Clock clock) {
        return new PartnerCallers(clients, settings.statusCacheTtl(), clock);
    }

    /**
     * Tokens of the configured issuer, for the configured audience. The issuer's metadata and keys are fetched on
     * the first token, with timeouts, so the API starts even while the identity provider is down; while it is
     * unreachable, requests are answered 503 (see {@link IssuerOutages}).
     */
    @Bean
    @ConditionalOnProperty(name = "passerelle.security.dev-issuer", havingValue = "false", matchIfMissing = true)
    JwtDecoder issuerJwtDecoder(SecuritySettings settings) {
        if (!StringUtils.hasText(settings.issuerUri())) {
            throw new MissingIssuerException();
        }
        return new IssuerOutages(new SupplierJwtDecoder(() -> {
            var requestFactory = new SimpleClientHttpRequestFactory();
            requestFactory.setConnectTimeout(settings.keyFetchTimeout());
            requestFactory.setReadTimeout(settings.keyFetchTimeout());
            RestTemplate keyFetcher = new RestTemplate(requestFactory);
            NimbusJwtDecoder decoder = StringUtils.hasText(settings.jwkSetUri())
                    ? NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).restOperations(keyFetcher).build()
                    : NimbusJwtDecoder.withIssuerLocation(settings.issuerUri()).restOperations(keyFetcher).build();
            RequiredClaims.applyTo(decoder, new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(settings.issuerUri()), Audiences.requiring(settings.audience())),
                    settings.maxTokenLifetime(), Clock.systemUTC());
            return decoder;
        }));
    }

    private static boolean isSignedDownload(HttpServletRequest request) {
        boolean read = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        String path = request.getServletPath();
        return read && (path.startsWith("/agreements/") || path.startsWith("/privacy/requests/")
                || path.startsWith("/crm/contact-documents/"))
                && request.getParameter(DownloadLinks.PARAMETER) != null;
    }

    private static boolean isGraphQlWebSocketHandshake(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) && "/graphql".equals(request.getServletPath())
                && "websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE));
    }

    private static CorsConfigurationSource corsConfiguration(SecuritySettings settings) {
        var cors = new CorsConfiguration();
        cors.setAllowedOrigins(settings.corsAllowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", IdempotencyKeyFilter.HEADER));
        // Browser code reads only the safelisted response headers unless told: a download's hash and file name,
        // when to come back after a 429 or 503, why a token was refused.
        cors.setExposedHeaders(EXPOSED_HEADERS);
        cors.setMaxAge(3600L);
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
