package fr.passerelle.testing;

import fr.passerelle.shared.model.IdempotencyRecord;
import fr.passerelle.shared.model.IdempotentAnswer;
import fr.passerelle.shared.port.IdempotencyRecords;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keys in a map, each write atomic on its entry as the real store's single-document writes are. */
public final class InMemoryIdempotencyRecords implements IdempotencyRecords {

    private final Map<String, IdempotencyRecord> records = new ConcurrentHashMap<>();

    @Override
    public Optional<IdempotencyRecord> claim(IdempotencyRecord pending, Instant now) {
        IdempotencyRecord holder = records.compute(id(pending.client(), pending.key()),
                (id, living) -> living == null || !living.expiresAt().isAfter(now) ? pending : living);
        return holder == pending ? Optional.empty() : Optional.of(holder);
    }

    @Override
    public void answer(String client, String key, String fingerprint, IdempotentAnswer answer, Instant expiresAt) {
        records.computeIfPresent(id(client, key), (id, held) -> held.fingerprint().equals(fingerprint)
                ? new IdempotencyRecord(client, key, fingerprint, answer, expiresAt) : held);
    }

    @Override
    public void release(String client, String key, String fingerprint) {
        records.computeIfPresent(id(client, key), (id, held) -> held.fingerprint().equals(fingerprint)
                && !held.answered() ? null : held);
    }

    private static String id(String client, String key) {
        return client + "\n" + key;
    }
}
