package fr.passerelle.shared.idempotency;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One client's key. The id joins client and key, so the unique id index is what lets only one of two concurrent
 * duplicates take the key. A real MongoDB deletes expired keys by the TTL index; the embedded server does not, so the
 * store also sweeps them (and never trusts a record past its expiry either way).
 *
 * @param status      the answer's HTTP status, null while the first request is running
 * @param contentType the answer's media type, null while running or for an answer without body
 * @param body        the answer's bytes, null while running
 */
@Document("idempotencyKeys")
record IdempotencyKeyDocument(@Id String id, String client, String key, String fingerprint, Integer status,
                              String contentType, byte[] body,
                              @Indexed(name = "expiry", expireAfter = "0s") Instant expiresAt) {
}
