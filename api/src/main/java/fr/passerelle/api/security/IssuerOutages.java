package fr.passerelle.api.security;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The issuer's decoder, telling a token it refuses apart from a token it could not check. A bad token stays a
 * {@link BadJwtException} (401); failing to discover the issuer or fetch its keys — which the lazy decoder reports as
 * an initialization failure or a plain {@link JwtException} — becomes an {@link IssuerUnavailableException} (503).
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
        } catch (JwtException | JwtDecoderInitializationException unreachable) {
            throw new IssuerUnavailableException(unreachable);
        }
    }
}
