package fr.passerelle.api.security;

import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A token could not be checked because the issuer's metadata or keys could not be fetched: our side's failure, not
 * the token's. Not a {@code BadJwtException}, so the resource server reports it as a service failure (503), not 401.
 */
class IssuerUnavailableException extends JwtException {

    IssuerUnavailableException(Throwable cause) {
        super("The issuer's keys could not be fetched", cause);
    }
}
