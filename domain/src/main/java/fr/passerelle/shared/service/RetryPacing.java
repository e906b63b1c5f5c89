package fr.passerelle.shared.service;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/**
 * How a change that lost a race waits before trying again, and for how long it keeps trying: a random pause up to a
 * ceiling that doubles after each loss ("full jitter", so racers spread out instead of colliding again in step), until
 * a deadline. Every round of a race has a winner, so a few dozen simultaneous writers of one aggregate all get
 * through well within the deadline, which stays below the API's execution timeout.
 *
 * @param deadline   how long after the first attempt a lost race is still retried
 * @param firstPause the ceiling of the first pause
 * @param maxPause   the ceiling pauses stop doubling at
 * @param nanoTime   the monotonic time source (tests pass their own)
 * @param sleeper    pauses the thread (tests pass one that only records)
 */
record RetryPacing(Duration deadline, Duration firstPause, Duration maxPause, LongSupplier nanoTime,
                   Sleeper sleeper) {

    static final RetryPacing DEFAULT = new RetryPacing(Duration.ofSeconds(3), Duration.ofMillis(2),
            Duration.ofMillis(100), System::nanoTime, Thread::sleep);

    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    Retries start() {
        return new Retries(nanoTime.getAsLong() + deadline.toNanos());
    }

    /** The retries of one change. */
    final class Retries {

        private final long deadlineNanos;
        private long ceilingMillis = Math.max(1, firstPause.toMillis());

        private Retries(long deadlineNanos) {
            this.deadlineNanos = deadlineNanos;
        }

        /** Pauses before the next attempt; false when the deadline passed (or the thread is interrupted): give up. */
        boolean pauseBeforeNext() {
            if (nanoTime.getAsLong() - deadlineNanos >= 0) {
                return false;
            }
            long pause = ThreadLocalRandom.current().nextLong(ceilingMillis + 1);
            ceilingMillis = Math.min(maxPause.toMillis(), ceilingMillis * 2);
            try {
                sleeper.sleep(pause);
                return true;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
