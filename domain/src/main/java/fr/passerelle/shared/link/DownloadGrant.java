package fr.passerelle.shared.link;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What a signed download link carries: who asked for it, as their token said, so that the download decides as it
 * would for them signed in. Their memberships are not in it: the download reads them again from our data.
 *
 * @param subject the token's subject
 * @param roles   the token's platform roles
 * @param email   the token's e-mail when verified (signatories read agreements by it), else null
 */
public record DownloadGrant(String subject, Set<String> roles, String email, Instant expiresAt) {

    public DownloadGrant {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(expiresAt, "expiresAt");
        roles = Set.copyOf(roles);
    }
}
