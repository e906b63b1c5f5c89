package fr.passerelle.bench.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * Closed-loop load: a fixed number of client threads each call the operation back to back for a fixed time. The
 * throughput of two variants measured this way with the same threads compares what each costs per call.
 */
public final class Load {

    /** A window more than this much faster than the best before it is still warming up... */
    private static final double GAIN = 0.05;
    /** ...and this many windows in a row without such a gain mean it is done. */
    private static final int STEADY_WINDOWS = 3;

    private final int threads;

    public Load(int threads) {
        this.threads = threads;
    }

    /**
     * The throughputs of two operations measured in alternating windows, so that whatever else the machine does
     * weighs on both alike. Each is warmed up first.
     */
    public Comparison compare(Duration maxWarmUp, Duration window, int rounds, Runnable first, Runnable second) {
        Progress.say("  warmed up in " + warmUp(maxWarmUp, window, first).toSeconds() + " s and "
                + warmUp(maxWarmUp, window, second).toSeconds() + " s");
        double firstSum = 0;
        double secondSum = 0;
        for (int round = 0; round < rounds; round++) {
            firstSum += throughput(window, first);
            secondSum += throughput(window, second);
        }
        return new Comparison(firstSum / rounds, secondSum / rounds);
    }

    /**
     * Loads the operation until its throughput stops rising — the JIT has compiled what it runs, pools are full —
     * or for {@code max} at most. A fixed warm-up is either too long or too short: on two busy cores the GraphQL
     * stack took over a minute to reach the throughput it keeps, a hand-written loop a few seconds.
     *
     * @return how long it took
     */
    public Duration warmUp(Duration max, Duration window, Runnable operation) {
        long start = System.nanoTime();
        double best = throughput(window, operation);
        int windowsWithoutGain = 0;
        while (windowsWithoutGain < STEADY_WINDOWS && System.nanoTime() - start < max.toNanos()) {
            double latest = throughput(window, operation);
            windowsWithoutGain = latest > best * (1 + GAIN) ? 0 : windowsWithoutGain + 1;
            best = Math.max(best, latest);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Calls per second completed over {@code duration}; the first failure of any call stops the run and is thrown. */
    public double throughput(Duration duration, Runnable operation) {
        LongAdder calls = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                clients.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        operation.run();
                        calls.increment();
                    }
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a call failed under load", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        return calls.sum() / ((System.nanoTime() - start) / 1e9);
    }

    /** Calls per second of two operations measured side by side. */
    public record Comparison(double first, double second) {

        public double ratio() {
            return first / second;
        }
    }
}
