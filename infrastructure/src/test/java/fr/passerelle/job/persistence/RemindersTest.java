package fr.passerelle.job.persistence;

import static fr.passerelle.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.job.model.Job;
import fr.passerelle.job.model.JobKind;
import fr.passerelle.job.model.JobStatus;
import fr.passerelle.job.port.out.Jobs;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.Reminders;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The {@link Reminders} port as the application gets it: a reminder per key, cancellable until it starts. */
class RemindersTest extends JobsIntegrationTest {

    private static final Duration LEASE = Duration.ofMinutes(2);

    @Autowired
    private Reminders reminders;

    @Autowired
    private Jobs jobs;

    /** The same queue, to move reminders along as a runner would. */
    @Autowired
    private JobQueue queue;

    @Test
    void scheduledReminderIsAJobDueAtItsTimeWithItsKindAndAttributes() {
        reminders.schedule(new Reminder("invitation/m-1", "invitation", T0, Map.of("membership", "m-1")));

        JobDocument stored = storedJob("reminder/invitation/m-1");
        assertThat(stored.kind()).isEqualTo(JobKind.REMINDER);
        assertThat(stored.handler()).isEqualTo("invitation");
        assertThat(stored.status()).isEqualTo(JobStatus.SCHEDULED);
        assertThat(stored.dueAt()).isEqualTo(T0);
        assertThat(stored.attempts()).isZero();
        assertThat(stored.reminder()).isEqualTo(new JobDocument.ReminderDocument("invitation/m-1",
                Map.of("membership", "m-1")));
        assertThat(stored.event()).isNull();
        assertThat(jobs.findById("reminder/invitation/m-1")).get().extracting(Job::reminderKey)
                .isEqualTo("invitation/m-1");
    }

    @Test
    void schedulingTheSameKeyAgainKeepsTheFirstReminder() {
        reminders.schedule(new Reminder("k", "invitation", T0, Map.of("n", "1")));
        JobDocument first = storedJob("reminder/k");

        reminders.schedule(new Reminder("k", "other-kind", T0.plus(Duration.ofDays(1)), Map.of("n", "2")));

        assertThat(storedJobs()).containsExactly(first);
    }

    @Test
    void schedulingAKeyWhoseReminderAlreadyFiredDoesNotScheduleItAgain() {
        reminders.schedule(new Reminder("k", "invitation", T0, Map.of()));
        JobDocument fired = queue.claim("owner-a", LEASE).orElseThrow();
        queue.complete(fired, "owner-a");

        reminders.schedule(new Reminder("k", "invitation", T0.plusSeconds(1), Map.of()));

        assertThat(storedJob("reminder/k").status()).isEqualTo(JobStatus.DONE);
        assertThat(queue.claim("owner-a", LEASE)).isEmpty();
    }

    @Test
    void cancellingAScheduledReminderCancelsItForGood() {
        reminders.schedule(new Reminder("k", "invitation", T0, Map.of()));

        reminders.cancel("k");

        JobDocument cancelled = storedJob("reminder/k");
        assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(cancelled.finishedAt()).isNotNull();
        assertThat(queue.claim("owner-a", LEASE)).isEmpty();
        reminders.schedule(new Reminder("k", "invitation", T0, Map.of()));
        assertThat(storedJob("reminder/k").status()).isEqualTo(JobStatus.CANCELLED);
    }

    @Test
    void cancellingAReminderThatAlreadyStartedOrFiredChangesNothing() {
        reminders.schedule(new Reminder("running", "invitation", T0, Map.of()));
        reminders.schedule(new Reminder("done", "invitation", T0.plusSeconds(1), Map.of()));
        JobDocument running = queue.claim("owner-a", LEASE).orElseThrow();
        queue.complete(queue.claim("owner-a", LEASE).orElseThrow(), "owner-a");
        JobDocument done = storedJob("reminder/done");

        reminders.cancel("running");
        reminders.cancel("done");

        assertThat(storedJob("reminder/running")).isEqualTo(running);
        assertThat(storedJob("reminder/done")).isEqualTo(done);
    }

    @Test
    void cancellingAnUnknownKeyIsIgnoredAndCreatesNothing() {
        reminders.cancel("never-scheduled");

        assertThat(storedJobs()).isEmpty();
    }

    @Test
    void remindersAndDeliveriesDoNotShareIds() {
        reminders.schedule(new Reminder("event-1/audit", "invitation", T0, Map.of()));

        assertThat(storedJobs()).extracting(JobDocument::id).containsExactly("reminder/event-1/audit");
    }
}
