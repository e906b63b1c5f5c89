package fr.passerelle.job.persistence;

import static fr.passerelle.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.job.model.JobStatus;
import fr.passerelle.persistence.Fixtures;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.persistence.EventDocument;
import fr.passerelle.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code jobs} collection as a queue shared by instances: idempotent creation, one claim per job at a time
 * (a lease), completion only by the lease holder, retries with exponential backoff, parking after the last attempt,
 * and the sweeping of finished jobs. Time is a hand-moved clock; the queue is the real adapter on the embedded
 * server.
 */
class JobQueueTest extends JobsIntegrationTest {

    private static final Duration LEASE = Duration.ofSeconds(30);
    /** Three attempts; retries after 10 s, then 15 s (20 s capped). */
    private static final JobSettings SETTINGS = new JobSettings(false, null, LEASE, 3, Duration.ofSeconds(10),
            Duration.ofSeconds(15), null, "unused");

    private final MutableClock clock = new MutableClock(T0);
    private JobQueue queue;

    @BeforeEach
    void newQueue() {
        queue = new JobQueue(mongo, clock);
    }

    // ---------------------------------------------------------------- creating

    @Test
    void deliveryOfAnEventToASubscriberIsCreatedOnce() {
        EventDocument event = events.toDocument(Fixtures.event());

        queue.enqueueDelivery(event, "audit");
        JobDocument created = storedJob(event.id() + "/audit");
        clock.advance(Duration.ofMinutes(1));
        queue.enqueueDelivery(event, "audit");
        queue.enqueueDelivery(event, "notifications");

        assertThat(storedJobs()).extracting(JobDocument::id)
                .containsExactly(event.id() + "/audit", event.id() + "/notifications");
        assertThat(storedJob(event.id() + "/audit")).isEqualTo(created);
        assertThat(created.createdAt()).isEqualTo(T0);
        assertThat(created.dueAt()).isEqualTo(event.occurredAt());
    }

    @Test
    void deliveryCreatedAgainAfterItRanStaysDone() {
        EventDocument event = events.toDocument(Fixtures.event());
        queue.enqueueDelivery(event, "audit");
        JobDocument claimed = queue.claim("owner-a", LEASE).orElseThrow();
        queue.complete(claimed, "owner-a");

        queue.enqueueDelivery(event, "audit");

        assertThat(storedJob(claimed.id()).status()).isEqualTo(JobStatus.DONE);
        assertThat(queue.claim("owner-a", LEASE)).isEmpty();
    }

    // ---------------------------------------------------------------- claiming

    @Test
    void claimTakesTheMostOverdueDueJobLeasesItAndCountsTheAttempt() {
        schedule("later", T0.minusSeconds(10));
        schedule("earliest", T0.minusSeconds(20));
        schedule("not-yet", T0.plusSeconds(10));

        JobDocument first = queue.claim("owner-a", LEASE).orElseThrow();
        JobDocument second = queue.claim("owner-a", LEASE).orElseThrow();
        Optional<JobDocument> third = queue.claim("owner-a", LEASE);

        assertThat(first.id()).isEqualTo("reminder/earliest");
        assertThat(first.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(first.leaseOwner()).isEqualTo("owner-a");
        assertThat(first.leaseUntil()).isEqualTo(T0.plus(LEASE));
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(storedJob("reminder/earliest")).isEqualTo(first);
        assertThat(second.id()).isEqualTo("reminder/later");
        assertThat(third).isEmpty();
        assertThat(storedJob("reminder/not-yet").status()).isEqualTo(JobStatus.SCHEDULED);
    }

    @Test
    void jobsDueAtTheSameTimeAreClaimedInIdOrder() {
        schedule("b", T0);
        schedule("c", T0);
        schedule("a", T0);

        assertThat(List.of(claimedId("owner-a"), claimedId("owner-a"), claimedId("owner-a")))
                .containsExactly("reminder/a", "reminder/b", "reminder/c");
    }

    @Test
    void twoOwnersClaimingConcurrentlyTakeEveryDueJobExactlyOnce() throws Exception {
        int jobCount = 50;
        IntStream.range(0, jobCount).forEach(i -> schedule("job-%02d".formatted(i), T0.minusSeconds(i % 7)));
        int threadsPerOwner = 8;
        ExecutorService pool = Executors.newFixedThreadPool(2 * threadsPerOwner);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<JobDocument>>> workers = new ArrayList<>();
        try {
            for (String owner : List.of("owner-a", "owner-b")) {
                for (int t = 0; t < threadsPerOwner; t++) {
                    workers.add(pool.submit(claimUntilNoneLeft(owner, start)));
                }
            }
            start.countDown();
            List<JobDocument> claimed = new ArrayList<>();
            for (Future<List<JobDocument>> worker : workers) {
                claimed.addAll(worker.get(60, TimeUnit.SECONDS));
            }

            assertThat(claimed).extracting(JobDocument::id).hasSize(jobCount).doesNotHaveDuplicates();
            assertThat(storedJobs()).hasSize(jobCount).allSatisfy(job -> {
                assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
                assertThat(job.attempts()).isEqualTo(1);
            });
            for (JobDocument job : claimed) {
                assertThat(storedJob(job.id()).leaseOwner()).isEqualTo(job.leaseOwner());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void runningJobIsNotClaimedAgainWhileItsLeaseLasts() {
        schedule("r", T0);
        queue.claim("owner-a", LEASE).orElseThrow();
        clock.advance(LEASE.minusMillis(1));

        assertThat(queue.claim("owner-b", LEASE)).isEmpty();
        assertThat(queue.claim("owner-a", LEASE)).isEmpty();
    }

    @Test
    void runningJobWhoseLeaseExpiredIsTakenOverByAnotherOwner() {
        schedule("r", T0);
        JobDocument byA = queue.claim("owner-a", LEASE).orElseThrow();
        clock.advance(LEASE);

        JobDocument byB = queue.claim("owner-b", LEASE).orElseThrow();

        assertThat(byB.id()).isEqualTo(byA.id());
        assertThat(byB.leaseOwner()).isEqualTo("owner-b");
        assertThat(byB.leaseUntil()).isEqualTo(T0.plus(LEASE).plus(LEASE));
        assertThat(byB.attempts()).isEqualTo(2);
    }

    // ---------------------------------------------------------------- finishing

    @Test
    void ownerThatLostItsLeaseCanNeitherCompleteNorFailTheJob() {
        schedule("r", T0);
        JobDocument byA = queue.claim("owner-a", LEASE).orElseThrow();
        clock.advance(LEASE);
        JobDocument byB = queue.claim("owner-b", LEASE).orElseThrow();

        boolean completedByA = queue.complete(byA, "owner-a");
        boolean failedByA = queue.fail(byA, "owner-a", new IllegalStateException("late"), SETTINGS);

        assertThat(completedByA).isFalse();
        assertThat(failedByA).isFalse();
        assertThat(storedJob("reminder/r")).isEqualTo(byB);
    }

    @Test
    void leaseHolderCompletesTheJobWhichReleasesTheLease() {
        schedule("r", T0);
        JobDocument claimed = queue.claim("owner-a", LEASE).orElseThrow();
        clock.advance(Duration.ofSeconds(3));

        assertThat(queue.complete(claimed, "owner-a")).isTrue();

        JobDocument done = storedJob("reminder/r");
        assertThat(done.status()).isEqualTo(JobStatus.DONE);
        assertThat(done.finishedAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(done.leaseOwner()).isNull();
        assertThat(done.leaseUntil()).isNull();
        assertThat(queue.complete(claimed, "owner-a")).isFalse();
        clock.advance(Duration.ofDays(1));
        assertThat(queue.claim("owner-b", LEASE)).isEmpty();
    }

    @Test
    void failedJobIsRetriedWithExponentialBackoffThenParkedAfterTheLastAttempt() {
        schedule("r", T0);

        JobDocument first = queue.claim("owner-a", LEASE).orElseThrow();
        assertThat(queue.fail(first, "owner-a", new IllegalStateException("boom 1"), SETTINGS)).isTrue();
        JobDocument afterFirst = storedJob("reminder/r");
        assertThat(afterFirst.status()).isEqualTo(JobStatus.SCHEDULED);
        assertThat(afterFirst.dueAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.lastError()).isEqualTo("IllegalStateException: boom 1");
        assertThat(afterFirst.leaseOwner()).isNull();
        assertThat(afterFirst.leaseUntil()).isNull();
        assertThat(afterFirst.finishedAt()).isNull();

        clock.advance(Duration.ofSeconds(10).minusMillis(1));
        assertThat(queue.claim("owner-a", LEASE)).as("not due before its backoff").isEmpty();
        clock.advance(Duration.ofMillis(1));
        JobDocument second = queue.claim("owner-b", LEASE).orElseThrow();
        assertThat(second.attempts()).isEqualTo(2);
        queue.fail(second, "owner-b", new IllegalArgumentException("boom 2"), SETTINGS);
        Instant secondFailure = clock.instant();
        assertThat(storedJob("reminder/r").dueAt()).as("20 s capped at 15 s").isEqualTo(secondFailure.plusSeconds(15));

        clock.advance(Duration.ofSeconds(15));
        JobDocument third = queue.claim("owner-a", LEASE).orElseThrow();
        queue.fail(third, "owner-a", new IllegalStateException("boom 3"), SETTINGS);

        JobDocument parked = storedJob("reminder/r");
        assertThat(parked.status()).isEqualTo(JobStatus.PARKED);
        assertThat(parked.attempts()).isEqualTo(3);
        assertThat(parked.lastError()).isEqualTo("IllegalStateException: boom 3");
        assertThat(parked.finishedAt()).isEqualTo(clock.instant());
        assertThat(parked.leaseOwner()).isNull();
        clock.advance(Duration.ofDays(30));
        assertThat(queue.claim("owner-a", LEASE)).as("parked jobs wait for an administrator").isEmpty();
    }

    @Test
    void storedErrorIsTheFailuresTypeAndMessageCutTo500Characters() {
        schedule("r", T0);
        JobDocument claimed = queue.claim("owner-a", LEASE).orElseThrow();

        queue.fail(claimed, "owner-a", new IllegalStateException("x".repeat(2_000)), SETTINGS);

        assertThat(storedJob("reminder/r").lastError()).hasSize(500).startsWith("IllegalStateException: xxx");
    }

    // ---------------------------------------------------------------- sweeping

    @Test
    void sweepDeletesOnlyDoneAndCancelledJobsFinishedBeforeTheCutoff() {
        Instant cutoff = T0.minus(Duration.ofDays(7));
        storeJob("done-old", JobStatus.DONE, cutoff.minusSeconds(60), cutoff.minusMillis(1));
        storeJob("cancelled-old", JobStatus.CANCELLED, cutoff.minusSeconds(60), cutoff.minusSeconds(1));
        storeJob("done-at-cutoff", JobStatus.DONE, cutoff.minusSeconds(60), cutoff);
        storeJob("done-recent", JobStatus.DONE, cutoff, T0);
        storeJob("parked-old", JobStatus.PARKED, cutoff.minusSeconds(60), cutoff.minusSeconds(1));
        storeJob("scheduled-old", JobStatus.SCHEDULED, cutoff.minusSeconds(60), null);
        storeJob("running-old", JobStatus.RUNNING, cutoff.minusSeconds(60), null);

        long swept = queue.sweepFinishedBefore(cutoff);

        assertThat(swept).isEqualTo(2);
        assertThat(storedJobs()).extracting(JobDocument::id).containsExactly("done-at-cutoff", "done-recent",
                "parked-old", "running-old", "scheduled-old");
    }

    // ---------------------------------------------------------------- helpers

    private void schedule(String key, Instant dueAt) {
        queue.schedule(new Reminder(key, "test", dueAt, Map.of()));
    }

    private String claimedId(String owner) {
        return queue.claim(owner, LEASE).orElseThrow().id();
    }

    private Callable<List<JobDocument>> claimUntilNoneLeft(String owner, CountDownLatch start) {
        return () -> {
            start.await();
            List<JobDocument> mine = new ArrayList<>();
            Optional<JobDocument> next;
            while ((next = queue.claim(owner, LEASE)).isPresent()) {
                mine.add(next.get());
            }
            return mine;
        };
    }
}
