package fr.passerelle.api.security;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The issuer's decoder, telling a token it refuses apart from a token it could not check. A bad token stays a
 * {@link BadJwtException} (401); any other failure is failing to discover the issuer or fetch its keys — reported,
 * depending on where the lazy decoder meets it, as an initialization failure, a plain {@link JwtException} or an
 * unchecked exception of the HTTP client — and becomes an {@link IssuerUnavailableException} (503).
 */
final class IssuerOutages implements JwtDecoder {

    private final JwtDecoder decoder;

    IssuerOutages(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public Jwt decode(String token) {
        try {
            return decoder.decode(token);
        } catch (BadJwtException refused) {
            throw refused;
        } catch (RuntimeException unreachable) {
            throw new IssuerUnavailableException(unreachable);
        }
    }
}
