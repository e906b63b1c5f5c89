package fr.passerelle.api.security;

import fr.passerelle.api.web.ErrorReplies;
import fr.passerelle.api.web.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * How a request without a usable token is answered. No token, or one refused: 401 with a body the client can read
 * (a GraphQL error classified UNAUTHORIZED on {@code /graphql}, a problem elsewhere) and a {@code WWW-Authenticate}
 * that says only {@code invalid_token} — which check failed (signature, expiry, audience…) stays in our log, since
 * naming it helps whoever forges tokens more than an honest client. A token we could not check because the
 * issuer's keys are unreachable: 503 with {@code Retry-After}, since the same token will pass once they are back.
 */
public final class TokenRefusals implements AuthenticationEntryPoint, AuthenticationFailureHandler {

    public static final Refusal MISSING_TOKEN = new Refusal(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "unauthorized",
            "Unauthorized", "Sign in: send an access token as 'Authorization: Bearer <token>'.");
    public static final Refusal INVALID_TOKEN = new Refusal(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "unauthorized",
            "Unauthorized", "The access token was refused (expired, not issued for this API, or not valid); "
            + "get a new one.");
    static final Refusal ISSUER_UNAVAILABLE = new Refusal(HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE",
            "unavailable", "Service unavailable", "The token could not be checked: the identity provider's keys are "
            + "unreachable. Retry later with the same token.");
    /** Seconds a client should wait before retrying a request refused because the issuer is unreachable. */
    static final String RETRY_AFTER_SECONDS = "10";

    private static final Logger log = LoggerFactory.getLogger(TokenRefusals.class);

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        boolean presented = refused instanceof InvalidBearerTokenException;
        if (presented) {
            log.debug("Bearer token refused: {}", refused.getMessage());
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, presented ? "Bearer error=\"invalid_token\"" : "Bearer");
        ErrorReplies.write(request, response, presented ? INVALID_TOKEN : MISSING_TOKEN);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        if (failure instanceof AuthenticationServiceException) {
            log.warn("A token could not be checked: {}", NestedExceptionUtils.getMostSpecificCause(failure).toString());
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            ErrorReplies.write(request, response, ISSUER_UNAVAILABLE);
            return;
        }
        commence(request, response, failure);
    }
}
