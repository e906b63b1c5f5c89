package fr.passerelle.shared.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What the platform remembers of one {@code Idempotency-Key}: the request it was first used with, and its answer once
 * there is one.
 *
 * @param client      whose key it is (keys are per client: two clients may use the same key)
 * @param fingerprint a digest of the request (method, target, body), to tell a retry from another request
 * @param answer      the answer, or null while the first request is being worked on
 * @param expiresAt   when the key may be used afresh: the end of the lease while pending (a request that died
 *                    without answering frees its key), the end of the retention once answered
 */
public record IdempotencyRecord(String client, String key, String fingerprint, IdempotentAnswer answer,
                                Instant expiresAt) {

    public IdempotencyRecord {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean answered() {
        return answer != null;
    }
}
