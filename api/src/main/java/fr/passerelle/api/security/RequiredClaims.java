package fr.passerelle.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * What every accepted token must carry beyond a valid signature: an expiry (Spring's timestamp check lets a token
 * without {@code exp} live for ever), a subject (who acts), and a lifetime within the configured maximum, measured
 * from {@code iat} — or from now when the token does not say when it was issued: a stolen long-lived token is a
 * long-lived key.
 */
public final class RequiredClaims implements OAuth2TokenValidator<Jwt> {

    private final Duration maxLifetime;

    private RequiredClaims(Duration maxLifetime) {
        this.maxLifetime = maxLifetime;
    }

    /** Makes the decoder check these claims besides its own validators. */
    public static void applyTo(NimbusJwtDecoder decoder, OAuth2TokenValidator<Jwt> validators, Duration maxLifetime,
                               Clock clock) {
        decoder.setClaimSetConverter(issuedNowWhenUnsaid(clock));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators, new RequiredClaims(maxLifetime)));
    }

    /**
     * Spring's claim mapping dates a token without {@code iat} one second before its expiry, which would make any
     * lifetime look short: such a token is dated when it is first seen instead.
     */
    private static Converter<Map<String, Object>, Map<String, Object>> issuedNowWhenUnsaid(Clock clock) {
        MappedJwtClaimSetConverter defaults = MappedJwtClaimSetConverter.withDefaults(Map.of());
        return claims -> {
            if (claims.get(JwtClaimNames.IAT) != null) {
                return defaults.convert(claims);
            }
            Map<String, Object> dated = new HashMap<>(claims);
            dated.put(JwtClaimNames.IAT, clock.instant());
            return defaults.convert(dated);
        };
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Instant expiresAt = token.getExpiresAt();
        if (expiresAt == null) {
            return refused("The token has no expiry (exp)");
        }
        if (token.getSubject() == null || token.getSubject().isBlank()) {
            return refused("The token has no subject (sub)");
        }
        if (token.getIssuedAt() == null || Duration.between(token.getIssuedAt(), expiresAt).compareTo(maxLifetime) > 0) {
            return refused("The token lives longer than " + maxLifetime);
        }
        return OAuth2TokenValidatorResult.success();
    }

    /** The reason is logged, never sent (see TokenRefusals). */
    private static OAuth2TokenValidatorResult refused(String reason) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, reason, null));
    }
}
