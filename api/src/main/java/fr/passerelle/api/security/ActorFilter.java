package fr.passerelle.api.security;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.port.in.MembershipUseCases;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After authentication, builds the request's {@link Actor} once (one indexed read of the caller's memberships) and
 * leaves it in a request attribute for the GraphQL and REST layers.
 */
public final class ActorFilter extends OncePerRequestFilter {

    public static final String ATTRIBUTE = Actor.class.getName();

    private final MembershipUseCases memberships;
    private final String rolesClaim;

    ActorFilter(MembershipUseCases memberships, String rolesClaim) {
        this.memberships = memberships;
        this.rolesClaim = rolesClaim;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            if (token.getToken().getSubject() == null) {
                // Without a subject there is nobody to hold memberships or own changes.
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "The token has no subject");
                return;
            }
            request.setAttribute(ATTRIBUTE, actorOf(token.getToken()));
        }
        chain.doFilter(request, response);
    }

    private Actor actorOf(Jwt jwt) {
        return memberships.resolveActor(jwt.getSubject(), displayName(jwt), verifiedEmail(jwt),
                TokenRoles.read(jwt, rolesClaim), client(jwt));
    }

    /** The OAuth2 client the token was issued to, for the audit trail: {@code azp} (OIDC) or {@code client_id}. */
    static String client(Jwt jwt) {
        String authorizedParty = jwt.getClaimAsString("azp");
        return authorizedParty != null ? authorizedParty : jwt.getClaimAsString("client_id");
    }

    private static String displayName(Jwt jwt) {
        String name = jwt.getClaimAsString("name");
        return name != null ? name : jwt.getClaimAsString("preferred_username");
    }

    /** Only an e-mail the identity provider verified may accept invitations sent to it. */
    private static EmailAddress verifiedEmail(Jwt jwt) {
        String email = jwt.getClaimAsString("email");
        if (email == null || !Boolean.TRUE.equals(jwt.getClaimAsBoolean("email_verified"))) {
            return null;
        }
        try {
            return EmailAddress.of(email);
        } catch (BusinessRuleViolation malformed) {
            return null;
        }
    }
}
