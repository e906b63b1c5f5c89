package fr.passerelle.shared.port;

import fr.passerelle.shared.model.IdempotencyRecord;
import fr.passerelle.shared.model.IdempotentAnswer;
import java.time.Instant;
import java.util.Optional;

/** The store of {@code Idempotency-Key}s. Every method is one atomic write, so concurrent duplicates cannot both win. */
public interface IdempotencyRecords {

    /**
     * Takes the key for a new request unless a record of it lives on (not expired at {@code now}).
     *
     * @return empty when the key was taken for {@code pending}; else the living record that holds it
     */
    Optional<IdempotencyRecord> claim(IdempotencyRecord pending, Instant now);

    /** Keeps the answer to the request that holds the key (same fingerprint), until {@code expiresAt}. */
    void answer(String client, String key, String fingerprint, IdempotentAnswer answer, Instant expiresAt);

    /** Frees a key whose request ended without an answer, if that request (same fingerprint) still holds it. */
    void release(String client, String key, String fingerprint);
}
