package fr.passerelle.api.dev;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import fr.passerelle.api.http.RequestBudgetFilter;
import fr.passerelle.api.http.RequestBudgets;
import fr.passerelle.api.security.Audiences;
import fr.passerelle.api.security.RequiredClaims;
import fr.passerelle.api.security.PartnerSettings;
import fr.passerelle.api.security.SecuritySettings;
import fr.passerelle.partner.port.in.PartnerClientUseCases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.util.StringUtils;

/**
 * The development issuer: a real OAuth2 authorization server (Spring Authorization Server) inside the API, issuing
 * client-credentials tokens for the demo personas, so developers and tests exercise exactly the resource-server
 * path production uses, and tokens for anyone ({@link DevTokenController}). It exists only when
 * {@code passerelle.security.dev-issuer=true} (the dev profile); its key stays on this machine ({@link DevSigningKey}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "passerelle.security.dev-issuer", havingValue = "true")
class DevIssuerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DevIssuerConfiguration.class);
    /** An hour, as identity providers commonly issue, and never beyond what the API accepts. */
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    /** How long the dev issuer's tokens live: an hour, or less when the API accepts less. */
    record TokenLifetime(Duration value) {
    }

    /**
     * The dev issuer's secrets are published in README: refuse to run it next to a real identity provider or a real
     * database, where its tokens would open production data.
     */
    DevIssuerConfiguration(SecuritySettings security, Environment environment) {
        if (StringUtils.hasText(security.issuerUri())
                || StringUtils.hasText(environment.getProperty("passerelle.mongodb.uri"))) {
            throw new IllegalStateException("The dev token issuer (dev profile) cannot run with "
                    + "PASSERELLE_SECURITY_ISSUER_URI or MONGODB_URI set: its published secrets would open that data");
        }
    }

    @Bean
    @Order(1)
    SecurityFilterChain devIssuerEndpoints(HttpSecurity http, RequestBudgets budgets, PartnerClientUseCases partners,
                                           DevTokens tokens, PartnerSettings partnerSettings, Clock clock)
            throws Exception {
        http.oauth2AuthorizationServer(server -> http.securityMatcher(server.getEndpointsMatcher()))
                // Token requests are anonymous: budgeted by address, before the client's secret is even checked.
                .addFilterBefore(new RequestBudgetFilter(budgets), AbstractPreAuthenticatedProcessingFilter.class)
                // Partner clients live in the platform's data, not in the personas' registry: answered before the
                // authorization server authenticates clients (after the budget: filters of one order keep theirs).
                .addFilterBefore(new PartnerTokenEndpoint(partners, tokens, partnerSettings.tokenLifetime(), clock),
                        AbstractPreAuthenticatedProcessingFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        log.warn("DEV MODE: the embedded development token issuer is running; never enable it in production");
        return http.build();
    }

    @Bean
    RegisteredClientRepository personaClients(TokenLifetime lifetime) {
        List<RegisteredClient> clients = Arrays.stream(DemoPersona.values())
                .map(persona -> RegisteredClient.withId(persona.key())
                        .clientId(persona.key())
                        .clientSecret("{noop}" + persona.clientSecret())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(lifetime.value()).build())
                        .build())
                .toList();
        return new InMemoryRegisteredClientRepository(clients);
    }

    /**
     * Tokens speak for the persona: its subject, roles, verified e-mail, the API's audience, and the client they
     * were issued to (which the audit trail records).
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> personaClaims(SecuritySettings settings) {
        return context -> DemoPersona.byKey(context.getRegisteredClient().getClientId()).ifPresent(persona ->
                context.getClaims()
                        .subject(persona.subject())
                        .audience(List.of(settings.audience()))
                        .claim("name", persona.displayName())
                        .claim("email", persona.email())
                        .claim("email_verified", true)
                        .claim("client_id", context.getRegisteredClient().getClientId())
                        .claim(settings.rolesClaim(), persona.roles().stream().map(Enum::name).toList()));
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    /** Kept in the data directory unless the store is in memory: see {@link DevSigningKey}. */
    @Bean
    JWKSource<SecurityContext> devSigningKey(Environment environment) {
        boolean inMemory = environment.getProperty("passerelle.mongodb.in-memory", Boolean.class, false);
        Optional<Path> dataDir = inMemory ? Optional.empty()
                : Optional.of(Path.of(environment.getProperty("passerelle.mongodb.data-dir", "data")));
        return new ImmutableJWKSet<>(new JWKSet(DevSigningKey.loadOrCreate(dataDir)));
    }

    @Bean
    TokenLifetime devTokenLifetime(SecuritySettings settings) {
        return new TokenLifetime(TOKEN_LIFETIME.compareTo(settings.maxTokenLifetime()) <= 0
                ? TOKEN_LIFETIME : settings.maxTokenLifetime());
    }

    @Bean
    DevTokens devTokens(JWKSource<SecurityContext> devSigningKey, SecuritySettings settings) {
        return new DevTokens(devSigningKey, settings.audience(), settings.rolesClaim());
    }

    /**
     * Verifies the dev issuer's tokens with its in-process key (signature, expiry, audience, and the claims every
     * token needs). The issuer name depends on the host the token was requested from, and only this process holds
     * the key, so it is not checked.
     */
    @Bean
    JwtDecoder devJwtDecoder(JWKSource<SecurityContext> devSigningKey, SecuritySettings settings) throws Exception {
        RSAKey key = ((ImmutableJWKSet<SecurityContext>) devSigningKey).getJWKSet().getKeys().get(0).toRSAKey();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
        RequiredClaims.applyTo(decoder, new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(),
                Audiences.requiring(settings.audience())), settings.maxTokenLifetime(), Clock.systemUTC());
        return decoder;
    }
}
