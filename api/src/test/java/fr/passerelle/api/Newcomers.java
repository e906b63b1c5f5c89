package fr.passerelle.api;

import fr.passerelle.api.dev.DevTokens;
import fr.passerelle.membership.model.PlatformRole;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * People who are not demo personas: a fresh subject and verified e-mail each, with an access token from the dev
 * issuer's {@link DevTokens} (so it passes the same validation as the personas' tokens). A test that counts
 * someone's notifications uses one, so no other test's late effects can land in that person's inbox.
 */
final class Newcomers {

    /** Someone signed in with a verified e-mail. */
    record Person(String subject, String email, String token) {
    }

    private static final Duration LIFETIME = Duration.ofHours(1);

    private final DevTokens tokens;

    Newcomers(DevTokens tokens) {
        this.tokens = tokens;
    }

    /** Someone signed in with a verified e-mail and no platform role. */
    Person newcomer() {
        return withRoles(Set.of());
    }

    /** Someone new with these platform roles and a verified e-mail nobody else uses. */
    Person withRoles(Set<PlatformRole> roles) {
        String id = UUID.randomUUID().toString();
        return person("newcomer-" + id, "newcomer-" + id + "@example.test", roles, Instant.now().plus(LIFETIME));
    }

    /** Someone new with these platform roles whose token carries this verified e-mail. */
    Person withEmail(String email, Set<PlatformRole> roles) {
        return person("newcomer-" + UUID.randomUUID(), email, roles, Instant.now().plus(LIFETIME));
    }

    /** A newcomer whose token expires after this short while. */
    Person newcomerWhoseTokenExpiresIn(Duration lifetime) {
        String id = UUID.randomUUID().toString();
        return person("newcomer-" + id, "newcomer-" + id + "@example.test", Set.of(), Instant.now().plus(lifetime));
    }

    /** A token that was valid for someone but expired ten minutes ago (beyond any clock-skew allowance). */
    String expiredToken() {
        Instant expiresAt = Instant.now().minus(Duration.ofMinutes(10));
        return tokens.issue("newcomer-" + UUID.randomUUID(), null, null, Set.of(), expiresAt.minus(LIFETIME),
                expiresAt);
    }

    private Person person(String subject, String email, Set<PlatformRole> roles, Instant expiresAt) {
        return new Person(subject, email, tokens.issue(subject, email, null, roles, expiresAt.minus(LIFETIME),
                expiresAt));
    }
}
