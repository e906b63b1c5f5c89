package fr.passerelle.enrollment.funder;

import fr.passerelle.enrollment.port.out.FunderRefusedException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The idempotency keys a fake service has seen, as the providers keep them (Stripe's {@code Idempotency-Key},
 * GoCardless's {@code Idempotency-Key}): the same key and the same command answer the first result again without
 * doing anything; the same key with another command is refused. Not thread-safe: the fakes call it under their lock.
 */
final class IdempotencyKeys {

    private record Seen(String command, Object result) {
    }

    private final Map<String, Seen> seen = new HashMap<>();

    /** @param command what the command is and its arguments, to tell a replay from a reused key */
    <T> T once(String key, String command, Class<T> type, Supplier<T> action) {
        if (key == null || key.isBlank()) {
            throw new FunderRefusedException("every command needs an idempotency key");
        }
        Seen before = seen.get(key);
        if (before != null) {
            if (!before.command().equals(command)) {
                throw new FunderRefusedException("idempotency key reused for another command");
            }
            return type.cast(before.result());
        }
        T result = action.get();
        seen.put(key, new Seen(command, result));
        return result;
    }
}
