package fr.passerelle.bench;

import fr.passerelle.bench.data.BenchCompany;
import fr.passerelle.bench.data.BoardOffers;
import fr.passerelle.bench.harness.CommandCounter;
import fr.passerelle.bench.harness.GraphQlClient;
import fr.passerelle.bench.harness.Latencies;
import fr.passerelle.bench.harness.Load;
import fr.passerelle.bench.harness.Progress;
import fr.passerelle.bench.harness.RunningApp;
import fr.passerelle.bench.harness.WebhookSink;
import fr.passerelle.internship.port.in.MatchUseCases;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.in.MembershipUseCases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.databind.JsonNode;

/**
 * B7: the mixed read load of a school's and a recruiter's screens (the screen documents of issue #8, as
 * {@code ScreenDocumentsTest} sends them: the school dashboard as {@code school-admin-b}, the recruiter dashboard as
 * {@code recruiter-x}) from 20 concurrent clients, half each, on the application with its background jobs running,
 * against the same two answers written by hand ({@link SchoolDashboardByHand}, {@link RecruiterDashboardByHand}).
 * Windows alternate between quiet (the job runner only polls) and busy (offers published through the port at a
 * steady rate, each with its event for the outbox relay, whose jobs then run: audit, notifications, webhook
 * fan-out and deliveries to a local receiver); in each, the application and the baseline are loaded one after the
 * other. Their throughput ratio and p99s in both kinds of window show what GraphQL costs on these screens and whether
 * background work starves requests.
 */
final class MixedScreens {

    private static final int CLIENTS = 20;
    /** Published offers per second during a busy window: far more than a platform's real rate of writes. */
    private static final int WRITES_PER_SECOND = 20;
    /** Reads of both answers, 3 s apart, before a difference between them stops the run. */
    private static final int SAME_ATTEMPTS = 5;
    /** How long the background jobs may take to deliver a webhook message of the busy windows' writes. */
    private static final long DRAIN_SECONDS = 60;
    /**
     * The screens' documents, read from the api module's tests so the bench loads exactly what they check (relative
     * to the checkout, where the README's command runs).
     */
    private static final Path SCREENS = Path.of(System.getProperty("bench.screens",
            "api/src/test/resources/screens"));

    /** The company whose offers the busy windows publish. */
    private static final Tenant PUBLISHER = Tenant.company(BenchCompany.ID);

    private final Settings settings;

    MixedScreens(Settings settings) {
        this.settings = settings;
    }

    /** One side of the comparison: its two screens, alternated call by call. */
    private record Side(Runnable school, Runnable recruiter, AtomicLong calls) {

        Side(Runnable school, Runnable recruiter) {
            this(school, recruiter, new AtomicLong());
        }

        void call() {
            (calls.incrementAndGet() % 2 == 0 ? school : recruiter).run();
        }
    }

    /** Throughput summed over windows, and every call's latency, of one side in one kind of window. */
    private static final class Windows {

        private final Latencies latencies = new Latencies();
        private double sum;
        private int count;

        double throughput() {
            return sum / count;
        }
    }

    Result run(RunningApp app, BoardOffers board) {
        GraphQlClient schoolClient = app.client("school-admin-b");
        GraphQlClient recruiterClient = app.client("recruiter-x");
        var school = schoolClient.request(document("school-dashboard.graphql"), Map.of());
        var recruiter = recruiterClient.request(document("recruiter-dashboard.graphql"), Map.of());
        MongoOperations mongo = app.bean(MongoOperations.class);
        MembershipUseCases memberships = app.bean(MembershipUseCases.class);
        var schoolByHand = new SchoolDashboardByHand(mongo, memberships);
        var recruiterByHand = new RecruiterDashboardByHand(mongo, memberships, app.bean(MatchUseCases.class),
                app.bean(Clock.class));
        var schoolCaller = ScreenByHand.Caller.of(schoolClient.tokenClaims());
        var recruiterCaller = ScreenByHand.Caller.of(recruiterClient.tokenClaims());
        checkSame("school-dashboard.graphql", school::send, () -> schoolByHand.respond(schoolCaller));
        checkSame("recruiter-dashboard.graphql", recruiter::send, () -> recruiterByHand.respond(recruiterCaller));
        sayCommands(app.commands(), "school dashboard", school::send, () -> schoolByHand.respond(schoolCaller));
        sayCommands(app.commands(), "recruiter dashboard", recruiter::send,
                () -> recruiterByHand.respond(recruiterCaller));
        Side application = new Side(school::send, recruiter::send);
        Side byHand = new Side(() -> schoolByHand.respond(schoolCaller),
                () -> recruiterByHand.respond(recruiterCaller));
        Load load = new Load(CLIENTS);
        Progress.say("B7: warming up the mixed load of " + CLIENTS + " clients, GraphQL then by hand");
        load.warmUp(settings.maxWarmUp(), settings.window(), application::call);
        load.warmUp(settings.maxWarmUp(), settings.window(), byHand::call);
        Windows quietApplication = new Windows();
        Windows quietByHand = new Windows();
        Windows busyApplication = new Windows();
        Windows busyByHand = new Windows();
        long written = 0;
        long delivered;
        try (WebhookSink sink = WebhookSink.start()) {
            // The busy windows' offers are the bench company's: their events route to it alone. The school and the
            // recruiter's company subscribe too, as the screens' organisations would.
            for (Tenant organisation : List.of(PUBLISHER, Tenant.school("demo-school-mecaformation-lyon"),
                    Tenant.company("demo-company-garage-martin"))) {
                sink.subscribe(app, organisation);
            }
            for (int round = 0; round < settings.rounds(); round++) {
                window(load, application, quietApplication);
                window(load, byHand, quietByHand);
                long before = System.nanoTime();
                long[] inWindows = new long[1];
                long writes = busy(board, sink, written, () -> {
                    long receivedBefore = sink.received();
                    window(load, application, busyApplication);
                    window(load, byHand, busyByHand);
                    inWindows[0] = sink.received() - receivedBefore;
                });
                written += writes;
                double seconds = (System.nanoTime() - before) / 1e9;
                drain(sink, written);
                Progress.say(String.format(Locale.ROOT, "  round %d: %d offers published in %.1f s, %d webhook "
                        + "messages received during the measured windows, %d in all once drained", round + 1,
                        writes, seconds, inWindows[0], sink.received()));
            }
            delivered = sink.received();
            Progress.say("B7: webhook messages received: " + sink.received(PUBLISHER) + " by the publishing "
                    + "company's endpoint, " + delivered + " in all");
        }
        return new Result("B7 mixed screens, background jobs", String.format(Locale.ROOT,
                "%d clients (school dashboard, recruiter dashboard). Quiet: GraphQL %.1f req/s p99 %.0f ms, "
                        + "by hand %.1f req/s p99 %.0f ms, ratio %.3f. Busy (%,d offers published, %d/s, relayed; "
                        + "%,d webhook messages delivered to a local receiver): GraphQL %.1f req/s p99 %.0f ms, "
                        + "by hand %.1f req/s p99 %.0f ms, ratio %.3f. GraphQL busy/quiet %.3f",
                CLIENTS, quietApplication.throughput(), quietApplication.latencies.millis(99),
                quietByHand.throughput(), quietByHand.latencies.millis(99),
                quietApplication.throughput() / quietByHand.throughput(), written, WRITES_PER_SECOND, delivered,
                busyApplication.throughput(), busyApplication.latencies.millis(99), busyByHand.throughput(),
                busyByHand.latencies.millis(99), busyApplication.throughput() / busyByHand.throughput(),
                busyApplication.throughput() / quietApplication.throughput()),
                "recorded (GraphQL / hand-written, no target in the issue)", Result.Verdict.RECORDED);
    }

    /**
     * The commands of one answer of each side, for the record: the fewest of three sends, yet the background jobs'
     * own commands (claiming jobs, audit, mail) may land in either side's count.
     */
    private static void sayCommands(CommandCounter commands, String screen, Runnable application, Runnable byHand) {
        Progress.say("B7 commands, " + screen + ": GraphQL " + commands.fewestDuring(application, 3).breakdown()
                + "; by hand " + commands.fewestDuring(byHand, 3).breakdown());
    }

    /**
     * The baseline answers exactly what the application answers (the same tree: fields, order of lists, values), or
     * the run stops: a baseline that answered less would flatter it. The jobs started with the application (the demo
     * data's notifications) may change an answer between the two reads, so a difference is read again, a few times
     * over some seconds, before it stops the run.
     */
    private static void checkSame(String screen, Supplier<String> application, Supplier<byte[]> byHand) {
        String difference = null;
        for (int attempt = 0; attempt < SAME_ATTEMPTS; attempt++) {
            JsonNode expected = GraphQlClient.JSON.readTree(application.get()).get("data");
            JsonNode actual = GraphQlClient.JSON.readTree(byHand.get()).get("data");
            String path = difference("data", expected, actual);
            if (path == null) {
                return;
            }
            difference = path + "\napplication: " + expected + "\nby hand:     " + actual;
            if (attempt < SAME_ATTEMPTS - 1) {
                pause(TimeUnit.SECONDS.toMillis(3));
            }
        }
        throw new IllegalStateException("B7's hand-written " + screen + " differs from the application's at "
                + difference);
    }

    /** The path of the first difference, or null. */
    private static String difference(String path, JsonNode expected, JsonNode actual) {
        if (expected == null || actual == null || expected.getNodeType() != actual.getNodeType()
                || expected.size() != actual.size()) {
            return expected != null && expected.equals(actual) ? null : path;
        }
        if (expected.isObject()) {
            Iterator<String> names = expected.propertyNames().iterator();
            Iterator<String> others = actual.propertyNames().iterator();
            while (names.hasNext()) {
                String name = names.next();
                if (!name.equals(others.next())) {
                    return path + " (its fields' order)";
                }
                String found = difference(path + "." + name, expected.get(name), actual.get(name));
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) {
                String found = difference(path + "[" + i + "]", expected.get(i), actual.get(i));
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : path;
    }

    /**
     * Runs the windows while offers are published at the steady rate, from the moment the first of them reaches the
     * receiver (so the relay and the deliveries are in flow while both sides are measured); returns how many were.
     */
    private long busy(BoardOffers board, WebhookSink sink, long writtenBefore, Runnable windows) {
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
            await(sink, writtenBefore + 1, "the first message of a busy window");
            windows.run();
        } finally {
            stop(writer);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a background write failed", failure.get());
        }
        return writes.get();
    }

    /** Waits until every offer published so far was delivered, so the next quiet window is quiet. */
    private static void drain(WebhookSink sink, long written) {
        await(sink, written, "one message per offer published");
    }

    /**
     * Waits until the publishing company's endpoint has received {@code messages}; fails when the background jobs
     * did not get there within {@value #DRAIN_SECONDS} s.
     */
    private static void await(WebhookSink sink, long messages, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DRAIN_SECONDS);
        while (sink.received(PUBLISHER) < messages) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(sink.received(PUBLISHER) + " webhook messages of " + messages
                        + " expected (" + what + "): the background jobs did not keep up within " + DRAIN_SECONDS
                        + " s");
            }
            pause(100);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

    private void window(Load load, Side side, Windows windows) {
        windows.sum += load.throughput(settings.window(), () -> windows.latencies.time(side::call));
        windows.count++;
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
