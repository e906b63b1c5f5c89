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
 * {@link ErrorCode#STALE_VERSION} on that field. Without one, the change is a patch that is safe to re-apply on fresh
 * state, so a lost race is retried after a short random pause (see {@link RetryPacing}) until the change is kept;
 * only contention that outlasts the pacing's deadline is reported, as {@link ErrorCode#STALE_VERSION} on no field
 * (the client sent no version to blame) with a message saying nothing was changed and to retry. A change that returns
 * the very same object writes nothing (idempotent actions such as verifying a verified company).
 */
public final class VersionedChange<T> {

    private static final String FIELD = "expectedVersion";

    private final Supplier<T> load;
    private final ToLongFunction<T> versionOf;
    private final BinaryOperator<T> save;
    private final RetryPacing pacing;

    /** @param save stores the changed aggregate (second argument), knowing what it was read as (first argument) */
    public VersionedChange(Supplier<T> load, ToLongFunction<T> versionOf, BinaryOperator<T> save) {
        this(load, versionOf, save, RetryPacing.DEFAULT);
    }

    VersionedChange(Supplier<T> load, ToLongFunction<T> versionOf, BinaryOperator<T> save, RetryPacing pacing) {
        this.load = load;
        this.versionOf = versionOf;
        this.save = save;
        this.pacing = pacing;
    }

    public T apply(Long expectedVersion, UnaryOperator<T> change) {
        RetryPacing.Retries retries = pacing.start();
        while (true) {
            T current = load.get();
            long stored = versionOf.applyAsLong(current);
            if (expectedVersion != null && stored != expectedVersion) {
                throw BusinessRuleViolation.of(FIELD, ErrorCode.STALE_VERSION,
                        "error.version.stale", expectedVersion, stored);
            }
            T changed = change.apply(current);
            if (changed == current) {
                return current;
            }
            try {
                return save.apply(current, changed);
            } catch (ConcurrentUpdateException lostRace) {
                if (expectedVersion != null) {
                    throw BusinessRuleViolation.of(FIELD, ErrorCode.STALE_VERSION,
                            "error.version.outdated");
                }
                if (!retries.pauseBeforeNext()) {
                    throw BusinessRuleViolation.of("", ErrorCode.STALE_VERSION,
                            "error.version.contention");
                }
            }
        }
    }
}
