package fr.passerelle.api.http;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who sent the request being filtered, when a token said so: what per-client limits and keys are kept under. */
final class SignedInSubject {

    private SignedInSubject() {
    }

    /** The authenticated token's subject; empty for anonymous requests. */
    static Optional<String> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return Optional.of(authentication.getName());
        }
        return Optional.empty();
    }
}
