package fr.passerelle.shared.event;

import java.util.Objects;
import java.util.Set;

/**
 * Who caused an event, as the audit trail records it.
 *
 * @param subject      the token subject, or {@link #SYSTEM} for the platform's own jobs
 * @param roles        the platform roles the token carried
 * @param organisation the organisation the person acted as a member of ({@code school:<id>}), or null
 * @param onBehalfOf   the organisation served by someone who is not its member (a platform admin editing a
 *                     school), or null
 * @param client       the OAuth2 client the request came through, when the token names one
 */
public record Initiator(String subject, Set<String> roles, String organisation, String onBehalfOf, String client) {

    public static final String SYSTEM = "system";

    public Initiator {
        Objects.requireNonNull(subject, "subject");
        roles = Set.copyOf(roles);
    }

    /** The platform itself (scheduled jobs, seeded data). */
    public static Initiator system() {
        return new Initiator(SYSTEM, Set.of(), null, null, null);
    }
}
