package fr.passerelle.api.dev;

import fr.passerelle.api.rest.ProblemResponses;
import fr.passerelle.membership.model.PlatformRole;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.TextKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A token for any e-mail and platform role, so developers can play people the demo personas are not: someone
 * signing up, a student claiming an imported profile, a newcomer registering a company, an outside signatory.
 * Dev mode only; the same e-mail always gets the same subject.
 */
@RestController
@ConditionalOnProperty(name = "passerelle.security.dev-issuer", havingValue = "true")
@Tag(name = "Development", description = "Helpers that exist only in dev mode")
class DevTokenController {

    /**
     * @param email the person's verified e-mail (required)
     * @param name  their display name; defaults to the e-mail's local part
     * @param roles platform roles (PLATFORM_ADMIN, ADVISOR, LEARNER); none by default
     */
    record TokenRequest(String email, String name, List<String> roles) {
    }

    /** As an OAuth2 token endpoint answers, plus the subject the API will know the person by. */
    record TokenResponse(String access_token, String token_type, long expires_in, String subject) {
    }

    private static final int NAME_LENGTH = 100;

    private final DevTokens tokens;
    private final Duration lifetime;
    private final Clock clock;

    DevTokenController(DevTokens tokens, DevIssuerConfiguration.TokenLifetime lifetime, Clock clock) {
        this.tokens = tokens;
        this.lifetime = lifetime.value();
        this.clock = clock;
    }

    @PostMapping(path = "/dev/tokens", consumes = "application/json")
    @Operation(summary = "A token for anyone (dev only)", description = "Signs an access token for this e-mail "
            + "and platform roles with the dev issuer's key. Memberships are not in tokens: they come from the "
            + "platform's own data (invitations accepted, companies registered).")
    ResponseEntity<?> issue(@RequestBody TokenRequest request, HttpServletRequest http) {
        List<Map<String, Object>> errors = new ArrayList<>();
        EmailAddress email = email(request.email(), errors);
        Set<PlatformRole> roles = roles(request.roles(), errors);
        String name = request.name() == null || request.name().isBlank() ? null : request.name().strip();
        if (name != null && (name.length() > NAME_LENGTH || TextKind.LINE.problem(name).isPresent())) {
            errors.add(ProblemResponses.error("name", null, null,
                    "must be one line of at most " + NAME_LENGTH + " characters"));
        }
        if (!errors.isEmpty()) {
            return ProblemResponses.problem(HttpStatus.BAD_REQUEST, "invalid-token-request",
                    "The token request is invalid", "Correct the fields listed in errors.", http, errors);
        }
        Instant now = clock.instant();
        String subject = DevTokens.subjectOf(email.value());
        String displayName = name != null ? name : email.value().substring(0, email.value().indexOf('@'));
        return ResponseEntity.ok(new TokenResponse(tokens.issue(subject, email.value(), displayName, roles, now,
                now.plus(lifetime)), "Bearer", lifetime.toSeconds(), subject));
    }

    private static EmailAddress email(String raw, List<Map<String, Object>> errors) {
        try {
            return EmailAddress.of(raw);
        } catch (BusinessRuleViolation invalid) {
            errors.add(ProblemResponses.error("email", null, null, "must be a valid e-mail address"));
            return null;
        }
    }

    private static Set<PlatformRole> roles(List<String> names, List<Map<String, Object>> errors) {
        Set<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                roles.add(PlatformRole.valueOf(String.valueOf(name)));
            } catch (IllegalArgumentException unknown) {
                errors.add(ProblemResponses.error("roles", null, null,
                        "must list only PLATFORM_ADMIN, ADVISOR or LEARNER"));
                return roles;
            }
        }
        return roles;
    }
}
