package fr.passerelle.agreement.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A link that lets the tutor, who may have no account, open one evaluation form once. Only the SHA-256 of its token
 * is kept: whoever reads the database cannot open forms with it.
 *
 * @param revokedAt when someone at the school or the host revoked it; null while it holds
 */
public record EvaluationLink(String id, String tokenSha256, String sentTo, Instant issuedAt, Instant expiresAt,
                             String issuedBy, Instant revokedAt) {

    public EvaluationLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokenSha256, "tokenSha256");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Not revoked and not expired (whether its evaluation was already given is the evaluation's business). */
    public boolean liveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    EvaluationLink revoked(Instant now) {
        return revokedAt != null ? this : new EvaluationLink(id, tokenSha256, sentTo, issuedAt, expiresAt, issuedBy,
                now);
    }
}
