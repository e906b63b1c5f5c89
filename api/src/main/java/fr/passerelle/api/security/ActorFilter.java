package fr.passerelle.api.security;

import fr.passerelle.membership.model.Actor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After authentication, builds the request's {@link Actor} once and leaves it in a request attribute for the
 * GraphQL and REST layers. Every decoder refuses a token without a subject ({@code RequiredClaims}), so one is there.
 */
public final class ActorFilter extends OncePerRequestFilter {

    public static final String ATTRIBUTE = Actor.class.getName();

    private final TokenActors actors;

    ActorFilter(TokenActors actors) {
        this.actors = actors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            request.setAttribute(ATTRIBUTE, actors.actorOf(token.getToken()));
        }
        chain.doFilter(request, response);
    }
}
