package fr.passerelle.bench;

import fr.passerelle.bench.data.BoardOffers;
import fr.passerelle.bench.harness.GraphQlClient;
import fr.passerelle.bench.harness.Latencies;
import fr.passerelle.bench.harness.Load;
import fr.passerelle.bench.harness.Progress;
import fr.passerelle.bench.harness.RunningApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * B7: the mixed read load of a school's and a recruiter's screens (the screen documents of issue #8, as
 * {@code ScreenDocumentsTest} sends them: the school dashboard as {@code school-admin-b}, the recruiter dashboard as
 * {@code recruiter-x}) from 20 concurrent clients, half each, on the application with its background jobs running.
 * Windows alternate between quiet (the job runner only polls) and busy (offers published through the port at a
 * steady rate, each with its event for the outbox relay, whose jobs then run: audit, notifications, webhook
 * fan-out): the throughput and p99 of both show whether background work starves requests.
 */
final class MixedScreens {

    private static final int CLIENTS = 20;
    /** Published offers per second during a busy window: far more than a platform's real rate of writes. */
    private static final int WRITES_PER_SECOND = 20;
    /**
     * The screens' documents, read from the api module's tests so the bench loads exactly what they check (relative
     * to the checkout, where the README's command runs).
     */
    private static final Path SCREENS = Path.of(System.getProperty("bench.screens",
            "api/src/test/resources/screens"));

    private final Settings settings;

    MixedScreens(Settings settings) {
        this.settings = settings;
    }

    Result run(RunningApp app, BoardOffers board) {
        var school = app.client("school-admin-b").request(document("school-dashboard.graphql"), Map.of());
        var recruiter = app.client("recruiter-x").request(document("recruiter-dashboard.graphql"), Map.of());
        school.send();
        recruiter.send();
        AtomicLong calls = new AtomicLong();
        Load load = new Load(CLIENTS);
        Progress.say("B7: warming up the mixed load of " + CLIENTS + " clients");
        load.warmUp(settings.maxWarmUp(), settings.window(), () -> (calls.incrementAndGet() % 2 == 0 ? school
                : recruiter).send());
        Latencies quiet = new Latencies();
        Latencies busy = new Latencies();
        double quietSum = 0;
        double busySum = 0;
        long written = 0;
        for (int round = 0; round < settings.rounds(); round++) {
            quietSum += window(load, quiet, calls, school, recruiter);
            long before = System.nanoTime();
            ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
            AtomicLong writes = new AtomicLong();
            // A scheduled task that throws is silently never run again: keep its failure to fail the run with it.
            AtomicReference<RuntimeException> failure = new AtomicReference<>();
            writer.scheduleAtFixedRate(() -> {
                try {
                    board.publishOne(settings.spread());
                    writes.incrementAndGet();
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                    throw e;
                }
            }, 0, 1_000_000 / WRITES_PER_SECOND, TimeUnit.MICROSECONDS);
            try {
                busySum += window(load, busy, calls, school, recruiter);
            } finally {
                stop(writer);
            }
            if (failure.get() != null) {
                throw new IllegalStateException("a background write failed", failure.get());
            }
            written += writes.get();
            Progress.say(String.format(Locale.ROOT, "  round %d: %d offers published in %.1f s", round + 1,
                    writes.get(), (System.nanoTime() - before) / 1e9));
        }
        double quietRate = quietSum / settings.rounds();
        double busyRate = busySum / settings.rounds();
        double ratio = busyRate / quietRate;
        return new Result("B7 mixed screens, background jobs",
                String.format(Locale.ROOT, "%d clients (school dashboard, recruiter dashboard): quiet %.1f req/s, "
                                + "p99 %.0f ms; with %,d offers published (%d/s) and relayed meanwhile %.1f req/s, "
                                + "p99 %.0f ms; throughput ratio busy/quiet %.3f", CLIENTS, quietRate,
                        quiet.millis(99), written, WRITES_PER_SECOND, busyRate, busy.millis(99), ratio),
                "recorded (hand-written baseline: not yet)", Result.Verdict.RECORDED);
    }

    /** Lets the write in flight finish: interrupting it could leave it stored but uncounted. */
    private static void stop(ScheduledExecutorService writer) {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("a background write did not finish within a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private double window(Load load, Latencies latencies, AtomicLong calls, GraphQlClient.Request school,
                          GraphQlClient.Request recruiter) {
        return load.throughput(settings.window(), () -> latencies.time(() -> (calls.incrementAndGet() % 2 == 0
                ? school : recruiter).send()));
    }

    private static String document(String name) {
        try {
            return Files.readString(SCREENS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("The screen documents are read from " + SCREENS.toAbsolutePath()
                    + " (-Dbench.screens=… to point elsewhere)", e);
        }
    }
}
