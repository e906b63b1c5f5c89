package fr.passerelle.api.security;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.port.in.MembershipUseCases;
import fr.passerelle.notification.port.in.NotificationSettingsUseCases;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a validated access token into the {@link Actor} use cases decide from: its subject, name, verified e-mail,
 * roles and client, plus the subject's active memberships (one indexed read). Shared by HTTP requests and
 * WebSocket connections, so both see the same actor for the same token. On the way, the verified e-mail is kept as
 * the person's contact address for e-mail notices (written only when it changed).
 */
public final class TokenActors {

    private final MembershipUseCases memberships;
    private final NotificationSettingsUseCases notificationSettings;
    private final String rolesClaim;

    TokenActors(MembershipUseCases memberships, NotificationSettingsUseCases notificationSettings, String rolesClaim) {
        this.memberships = memberships;
        this.notificationSettings = notificationSettings;
        this.rolesClaim = rolesClaim;
    }

    /** @throws IllegalArgumentException when the token has no subject: nobody to hold memberships or own changes */
    public Actor actorOf(Jwt jwt) {
        if (jwt.getSubject() == null) {
            throw new IllegalArgumentException("The token has no subject");
        }
        Actor actor = memberships.resolveActor(jwt.getSubject(), displayName(jwt), verifiedEmail(jwt),
                TokenRoles.read(jwt, rolesClaim), client(jwt));
        notificationSettings.recordAddress(actor);
        return actor;
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

    /** The OAuth2 client the token was issued to, for the audit trail: {@code azp} (OIDC) or {@code client_id}. */
    static String client(Jwt jwt) {
        String authorizedParty = jwt.getClaimAsString("azp");
        return authorizedParty != null ? authorizedParty : jwt.getClaimAsString("client_id");
    }
}
