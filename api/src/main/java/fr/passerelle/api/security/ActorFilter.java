package fr.passerelle.api.security;

import fr.passerelle.membership.model.Actor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import fr.passerelle.api.web.ErrorReplies;
import fr.passerelle.api.web.Refusal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After authentication, builds the request's {@link Actor} once (for a partner client's token, also its
 * {@link PartnerCaller}; a suspended client's token is refused here, 401) and leaves it in a request attribute for the
 * GraphQL and REST layers. Every decoder refuses a token without a subject ({@code RequiredClaims}), so one is there.
 */
public final class ActorFilter extends OncePerRequestFilter {

    public static final String ATTRIBUTE = Actor.class.getName();

    private final TokenActors actors;
    private final PartnerCallers partners;

    ActorFilter(TokenActors actors, PartnerCallers partners) {
        this.actors = actors;
        this.partners = partners;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            // A partner client's token acts as its organisation, within its scopes; anyone else's as its person.
            Optional<PartnerCaller> partner;
            try {
                partner = partners.callerOf(token.getToken());
            } catch (PartnerCallers.RefusedClientException suspended) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\", "
                        + "error_description=\"The partner client is suspended\"");
                ErrorReplies.write(request, response, new Refusal(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED",
                        "invalid-token", "Token refused", "This partner client is suspended."));
                return;
            }
            if (partner.isPresent()) {
                request.setAttribute(PartnerCaller.ATTRIBUTE, partner.get());
                request.setAttribute(ATTRIBUTE, partner.get().actor());
            } else {
                request.setAttribute(ATTRIBUTE, actors.actorOf(token.getToken()));
            }
        }
        chain.doFilter(request, response);
    }
}
