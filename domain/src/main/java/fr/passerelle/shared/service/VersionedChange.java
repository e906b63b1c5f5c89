package fr.passerelle.shared.service;

import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * Read-modify-write of one aggregate under optimistic locking, so no acknowledged change is ever overwritten.
 *
 * <p>With an {@code expectedVersion} the client asserts what it read: any other stored version is reported as
 * {@link ErrorCode#STALE_VERSION}. Without one, the change is a patch that is safe to re-apply on fresh state, so
 * a lost race is retried (by default up to {@value #MAX_ATTEMPTS} attempts) before being reported. A change that returns the very same object writes
 * nothing (idempotent actions such as verifying a verified company).
 */
public final class VersionedChange<T> {

    /**
     * Every round of a race has one winner, so this many attempts absorb that many simultaneous writers of one
     * aggregate; beyond, the loser is told to retry rather than spinning on.
     */
    static final int MAX_ATTEMPTS = 10;
    private static final String FIELD = "expectedVersion";

    private final Supplier<T> load;
    private final ToLongFunction<T> versionOf;
    private final BinaryOperator<T> save;
    private final int maxAttempts;

    /** @param save stores the changed aggregate (second argument), knowing what it was read as (first argument) */
    public VersionedChange(Supplier<T> load, ToLongFunction<T> versionOf, BinaryOperator<T> save) {
        this(load, versionOf, save, MAX_ATTEMPTS);
    }

    /**
     * @param maxAttempts how many simultaneous writers of the aggregate a patch must outlast: more than
     *                    {@value #MAX_ATTEMPTS} where a crowd is expected, such as many learners accepting one offer
     */
    public VersionedChange(Supplier<T> load, ToLongFunction<T> versionOf, BinaryOperator<T> save, int maxAttempts) {
        this.load = load;
        this.versionOf = versionOf;
        this.save = save;
        this.maxAttempts = maxAttempts;
    }

    public T apply(Long expectedVersion, UnaryOperator<T> change) {
        for (int attempt = 1; ; attempt++) {
            T current = load.get();
            long stored = versionOf.applyAsLong(current);
            if (expectedVersion != null && stored != expectedVersion) {
                throw BusinessRuleViolation.of(FIELD, ErrorCode.STALE_VERSION,
                        "is " + expectedVersion + " but the object is now at version " + stored + "; reload it and retry");
            }
            T changed = change.apply(current);
            if (changed == current) {
                return current;
            }
            try {
                return save.apply(current, changed);
            } catch (ConcurrentUpdateException lostRace) {
                if (expectedVersion != null || attempt >= maxAttempts) {
                    throw BusinessRuleViolation.of(FIELD, ErrorCode.STALE_VERSION,
                            "is outdated: someone else changed the object meanwhile; reload it and retry");
                }
            }
        }
    }
}
