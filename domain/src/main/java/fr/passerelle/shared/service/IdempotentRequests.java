package fr.passerelle.shared.service;

import fr.passerelle.shared.model.IdempotencyRecord;
import fr.passerelle.shared.model.IdempotentAnswer;
import fr.passerelle.shared.port.IdempotencyRecords;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Makes a retried write safe: the first request with a client's key does the work and its answer is kept for
 * {@link #RETENTION}; a retry of the same request within that time gets the same answer without the work being done
 * again; the same key with another request is refused, as is a retry that arrives while the first is still running.
 */
public final class IdempotentRequests {

    /** How long an answer is given again: a client retrying after a day has lost track and should look instead. */
    public static final Duration RETENTION = Duration.ofHours(24);
    /**
     * How long a request may hold its key without answering. Well above the longest a request can run (its body
     * deadline plus the execution timeout), so a key is only freed for a request that died.
     */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final IdempotencyRecords records;
    private final Clock clock;

    public IdempotentRequests(IdempotencyRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** What to do with a request: run it, give the kept answer, or refuse it. */
    public sealed interface Decision {
    }

    /** The request holds the key: run it, then {@link #finish} (or {@link #abandon} if it ends without answer). */
    public record Run() implements Decision {
    }

    /** A retry of an answered request: give this answer again. */
    public record Replay(IdempotentAnswer answer) implements Decision {
    }

    /** A retry of a request still running: ask the client to retry in a moment. */
    public record StillRunning() implements Decision {
    }

    /** The key was used for another request: the client mixed up its keys. */
    public record KeyReused() implements Decision {
    }

    public Decision begin(String client, String key, String fingerprint) {
        var now = clock.instant();
        Optional<IdempotencyRecord> holder = records.claim(
                new IdempotencyRecord(client, key, fingerprint, null, now.plus(LEASE)), now);
        if (holder.isEmpty()) {
            return new Run();
        }
        IdempotencyRecord living = holder.get();
        if (!living.fingerprint().equals(fingerprint)) {
            return new KeyReused();
        }
        return living.answered() ? new Replay(living.answer()) : new StillRunning();
    }

    public void finish(String client, String key, String fingerprint, IdempotentAnswer answer) {
        records.answer(client, key, fingerprint, answer, clock.instant().plus(RETENTION));
    }

    public void abandon(String client, String key, String fingerprint) {
        records.release(client, key, fingerprint);
    }
}
