package fr.passerelle.job.persistence;

import static fr.passerelle.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.passerelle.job.model.JobStatus;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.persistence.OutboxSource;
import fr.passerelle.shared.port.ReminderHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A runner that is started works in the background until it is stopped; one that is disabled never starts. */
class JobRunnerLifecycleTest extends JobsIntegrationTest {

    private static final String KIND = "test-lifecycle";

    @Autowired
    private List<OutboxSource> outboxes;

    @Autowired
    private Clock clock;

    private volatile JobRunner runner;

    @AfterEach
    void stopRunner() {
        if (runner != null && runner.isRunning()) {
            runner.stop();
        }
    }

    @Test
    void disabledRunnerStartsNoWorker() {
        AtomicInteger fired = new AtomicInteger();
        runner = runner(false, reminder -> fired.incrementAndGet());
        queue().schedule(new Reminder("k", KIND, T0, Map.of()));

        runner.start();

        assertThat(runner.isRunning()).isFalse();
        assertThat(storedJob("reminder/k").status()).isEqualTo(JobStatus.SCHEDULED);
        assertThat(fired).hasValue(0);
    }

    @Test
    void startedRunnerFiresDueRemindersInTheBackgroundUntilStopped() {
        AtomicInteger fired = new AtomicInteger();
        runner = runner(true, reminder -> fired.incrementAndGet());

        runner.start();
        queue().schedule(new Reminder("k-1", KIND, T0, Map.of()));
        await().atMost(Duration.ofSeconds(10)).until(() -> storedJob("reminder/k-1").status() == JobStatus.DONE);
        runner.stop();
        queue().schedule(new Reminder("k-2", KIND, T0, Map.of()));

        assertThat(runner.isRunning()).isFalse();
        assertThat(fired).hasValue(1);
        assertThat(storedJob("reminder/k-2").status()).isEqualTo(JobStatus.SCHEDULED);
    }

    @Test
    void jobThatFinishesWhileTheRunnerStopsIsRecordedDone() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        runner = runner(true, reminder -> {
            started.countDown();
            // Work that ends on its own once the runner is asked to stop (a mail handed to SMTP meanwhile, say).
            while (runner.isRunning()) {
                LockSupport.parkNanos(1_000_000);
            }
        });
        queue().schedule(new Reminder("k", KIND, T0, Map.of()));
        runner.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        runner.stop();

        assertThat(storedJob("reminder/k").status()).isEqualTo(JobStatus.DONE);
    }

    private JobQueue queue() {
        return new JobQueue(mongo, clock);
    }

    private JobRunner runner(boolean enabled, Consumer<Reminder> onFire) {
        JobSettings settings = new JobSettings(enabled, Duration.ofMillis(10), Duration.ofSeconds(10), 3, null, null,
                null, "lifecycle-test");
        ReminderHandler handler = new ReminderHandler() {
            @Override
            public String kind() {
                return KIND;
            }

            @Override
            public void fire(Reminder reminder) {
                onFire.accept(reminder);
            }
        };
        JobQueue queue = queue();
        OutboxRelay relay = new OutboxRelay(mongo, outboxes, List.of(), events, queue);
        return new JobRunner(relay, queue, settings, List.of(), List.of(handler), events, clock);
    }
}
