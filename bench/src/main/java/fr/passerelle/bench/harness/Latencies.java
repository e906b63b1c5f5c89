package fr.passerelle.bench.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations of repeated calls of one operation, and their percentiles (nearest rank). */
public final class Latencies {

    /** Timed from many client threads at once. */
    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    /** Runs the operation once and records how long it took. */
    public void time(Runnable operation) {
        long start = System.nanoTime();
        operation.run();
        nanos.add(System.nanoTime() - start);
    }

    /** @param percentile 0 to 100, e.g. 50 for the median */
    public double millis(double percentile) {
        if (nanos.isEmpty()) {
            throw new IllegalStateException("nothing was timed");
        }
        List<Long> sorted;
        synchronized (nanos) {
            sorted = nanos.stream().sorted().toList();
        }
        int rank = (int) Math.ceil(percentile / 100 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1) / 1e6;
    }

    public int count() {
        return nanos.size();
    }
}
