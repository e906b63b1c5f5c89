package fr.passerelle.webhook.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One signing secret of an endpoint, as stored: sealed (encrypted), never in clear.
 *
 * @param expiresAt null for the current secret; for a rotated-out one, the end of its overlap
 */
public record EndpointSecret(String sealed, Instant createdAt, Instant expiresAt) {

    public EndpointSecret {
        Objects.requireNonNull(sealed, "sealed");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean activeAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }
}
