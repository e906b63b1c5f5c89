package fr.passerelle.bench.harness;

import java.time.Duration;

/** What the run is doing, on standard error, so the table on standard output stays clean. */
public final class Progress {

    private static final long START = System.nanoTime();

    private Progress() {
    }

    public static void say(String message) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - START);
        System.err.printf("[bench %3ds] %s%n", elapsed.toSeconds(), message);
    }
}
