package fr.passerelle.job.persistence;

import static fr.passerelle.persistence.Fixtures.T0;
import static fr.passerelle.persistence.Fixtures.minimalSchool;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.job.model.JobKind;
import fr.passerelle.job.model.JobStatus;
import fr.passerelle.job.port.out.Jobs;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.persistence.OutboxSource;
import fr.passerelle.shared.port.ReminderHandler;
import fr.passerelle.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One pass of a runner: relay the outboxes, then run every due job. Runners here are built around test subscribers
 * and reminder handlers, on the real queue and collections, with a hand-moved clock; each is never started, so
 * {@link JobRunner#runOnce()} runs the whole pass.
 */
class JobRunnerTest extends JobsIntegrationTest {

    /** Three attempts; retries after 10 s, then 15 s. */
    private static final JobSettings SETTINGS = new JobSettings(false, null, Duration.ofMinutes(2), 3,
            Duration.ofSeconds(10), Duration.ofSeconds(15), null, "test-instance");

    @Autowired
    private List<OutboxSource> outboxes;

    @Autowired
    private Schools schools;

    @Autowired
    private Jobs jobs;

    private final MutableClock clock = new MutableClock(T0.plus(Duration.ofHours(1)));

    @Test
    void eventReachesEveryAcceptingSubscriberExactlyAsItWasStored() {
        TestSubscriber everything = new TestSubscriber("everything", event -> true);
        TestSubscriber nothing = new TestSubscriber("nothing", event -> false);
        DomainEvent registered = new DomainEvent("event-1", "school.registered", "School", "school-1", 0,
                new Initiator("sub-ana", Set.of("USER", "ADVISOR"), "school:school-1", null, "passerelle-web"), T0,
                List.of("profile", "tier"), Map.of("tenant", "school:school-1"));
        schools.insert(minimalSchool("school-1", "École du Son"), registered);

        runner(List.of(everything, nothing), List.of()).runOnce();

        assertThat(everything.received).containsExactly(registered);
        assertThat(nothing.received).isEmpty();
        assertThat(storedJobs()).extracting(JobDocument::id, JobDocument::status)
                .containsExactly(Tuple.tuple("event-1/everything", JobStatus.DONE));
    }

    @Test
    void dueReminderFiresOnceWithWhatWasScheduled() {
        TestHandler handler = new TestHandler("test-kind");
        Reminder reminder = new Reminder("k-1", "test-kind", T0, Map.of("membership", "m-1"));
        JobRunner runner = runner(List.of(), List.of(handler));
        new JobQueue(mongo, clock).schedule(reminder);

        runner.runOnce();
        runner.runOnce();

        assertThat(handler.fired).containsExactly(reminder);
        assertThat(storedJob("reminder/k-1").status()).isEqualTo(JobStatus.DONE);
    }

    @Test
    void reminderWaitsUntilItIsDue() {
        TestHandler handler = new TestHandler("test-kind");
        JobRunner runner = runner(List.of(), List.of(handler));
        new JobQueue(mongo, clock).schedule(new Reminder("k-1", "test-kind", clock.instant().plusSeconds(60),
                Map.of()));

        runner.runOnce();
        assertThat(handler.fired).isEmpty();

        clock.advance(Duration.ofSeconds(60));
        runner.runOnce();
        assertThat(handler.fired).hasSize(1);
    }

    @Test
    void failingDeliveryIsRetriedAfterItsBackoffParkedAfterTheLastAttemptAndRunsAgainOnceRequeued() {
        TestSubscriber unavailable = new TestSubscriber("unavailable", event -> true);
        unavailable.failuresLeft.set(Integer.MAX_VALUE);
        JobRunner runner = runner(List.of(unavailable), List.of());
        schools.insert(minimalSchool("school-1", "École du Son"), eventAt("event-1"));

        runner.runOnce();
        assertThat(unavailable.calls).hasValue(1);
        JobDocument retry = storedJob("event-1/unavailable");
        assertThat(retry.status()).isEqualTo(JobStatus.SCHEDULED);
        assertThat(retry.dueAt()).isEqualTo(clock.instant().plusSeconds(10));
        assertThat(retry.lastError()).isEqualTo("IllegalStateException: unavailable");

        runner.runOnce();
        assertThat(unavailable.calls).as("not before its backoff").hasValue(1);

        clock.advance(Duration.ofSeconds(10));
        runner.runOnce();
        clock.advance(Duration.ofSeconds(15));
        runner.runOnce();
        assertThat(unavailable.calls).hasValue(3);
        assertThat(storedJob("event-1/unavailable").status()).isEqualTo(JobStatus.PARKED);

        clock.advance(Duration.ofDays(1));
        runner.runOnce();
        assertThat(unavailable.calls).as("parked jobs wait for an administrator").hasValue(3);

        unavailable.failuresLeft.set(0);
        assertThat(jobs.requeue("event-1/unavailable", clock.instant())).isTrue();
        runner.runOnce();
        assertThat(unavailable.received).hasSize(1);
        assertThat(storedJob("event-1/unavailable")).extracting(JobDocument::status, JobDocument::attempts)
                .containsExactly(JobStatus.DONE, 1);
    }

    @Test
    void failureOfOneDeliveryDoesNotHoldUpTheOthers() {
        TestSubscriber broken = new TestSubscriber("broken", event -> true);
        broken.failuresLeft.set(Integer.MAX_VALUE);
        TestSubscriber working = new TestSubscriber("working", event -> true);
        schools.insert(minimalSchool("school-1", "École du Son"), eventAt("event-1"));

        runner(List.of(broken, working), List.of()).runOnce();

        assertThat(working.received).extracting(DomainEvent::id).containsExactly("event-1");
        assertThat(storedJob("event-1/working").status()).isEqualTo(JobStatus.DONE);
        assertThat(storedJob("event-1/broken").status()).isEqualTo(JobStatus.SCHEDULED);
    }

    @Test
    void jobWhoseHandlerThisInstanceLacksFailsAndIsKeptForRetry() {
        storeDelivery("event-1/audit", JobStatus.SCHEDULED, T0, events.toDocument(eventAt("event-1")));
        new JobQueue(mongo, clock).schedule(new Reminder("k-1", "unknown-kind", T0, Map.of()));

        runner(List.of(), List.of()).runOnce();

        assertThat(storedJob("event-1/audit")).satisfies(job -> {
            assertThat(job.status()).isEqualTo(JobStatus.SCHEDULED);
            assertThat(job.lastError()).isEqualTo("IllegalStateException: no handler named 'audit' on this instance");
        });
        assertThat(storedJob("reminder/k-1").lastError())
                .isEqualTo("IllegalStateException: no handler named 'unknown-kind' on this instance");
    }

    @Test
    void jobWhoseRunnersKeepDyingWhileRunningItIsParkedInsteadOfRunAgain() {
        TestSubscriber audit = new TestSubscriber("audit", event -> true);
        // Claimed as often as it may fail, each time by a runner that died before recording anything.
        mongo.insert(new JobDocument("event-1/audit", JobKind.EVENT_DELIVERY, "audit", JobStatus.RUNNING, T0,
                SETTINGS.maxAttempts(), "dead-instance", T0, null, events.toDocument(eventAt("event-1")), null, T0,
                null));

        runner(List.of(audit), List.of()).runOnce();

        assertThat(audit.calls).hasValue(0);
        assertThat(storedJob("event-1/audit")).satisfies(job -> {
            assertThat(job.status()).isEqualTo(JobStatus.PARKED);
            assertThat(job.lastError()).contains("abandoned by its runner 3 times");
        });
    }

    private JobRunner runner(List<EventSubscriber> subscribers, List<ReminderHandler> handlers) {
        JobQueue queue = new JobQueue(mongo, clock);
        OutboxRelay relay = new OutboxRelay(mongo, outboxes, subscribers, events, queue);
        return new JobRunner(relay, queue, SETTINGS, subscribers, handlers, events, clock);
    }

    private static DomainEvent eventAt(String id) {
        return new DomainEvent(id, "school.registered", "School", "school-1", 0, Initiator.system(), T0, List.of(),
                Map.of());
    }

    /** Records the events it handles; fails while {@link #failuresLeft} is positive. */
    private static final class TestSubscriber implements EventSubscriber {

        final List<DomainEvent> received = new CopyOnWriteArrayList<>();
        final AtomicInteger failuresLeft = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();
        private final String name;
        private final Predicate<DomainEvent> accepts;

        TestSubscriber(String name, Predicate<DomainEvent> accepts) {
            this.name = name;
            this.accepts = accepts;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean accepts(DomainEvent event) {
            return accepts.test(event);
        }

        @Override
        public void on(DomainEvent event) {
            calls.incrementAndGet();
            if (failuresLeft.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
                throw new IllegalStateException("unavailable");
            }
            received.add(event);
        }
    }

    private static final class TestHandler implements ReminderHandler {

        final List<Reminder> fired = new CopyOnWriteArrayList<>();
        private final String kind;

        TestHandler(String kind) {
            this.kind = kind;
        }

        @Override
        public String kind() {
            return kind;
        }

        @Override
        public void fire(Reminder reminder) {
            fired.add(reminder);
        }
    }
}
