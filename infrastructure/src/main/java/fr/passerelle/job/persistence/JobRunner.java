package fr.passerelle.job.persistence;

import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.persistence.EventDocumentMapper;
import fr.passerelle.shared.port.ReminderHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This instance's background worker: one thread that relays outboxes, then runs due jobs one at a time until none
 * is left, then sleeps for the poll interval. Every instance runs one; they share the work through the queue's
 * leases. Stopping lets the running job finish for a while (its lease covers a crash instead).
 */
@Component
class JobRunner implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    /** How long stopping waits for the running job; beyond, its lease hands it to another instance. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    /** Sweeping finished jobs is housekeeping: once every this many polls is plenty. */
    private static final int POLLS_PER_SWEEP = 1_000;

    private final OutboxRelay relay;
    private final JobQueue queue;
    private final JobSettings settings;
    private final Map<String, EventSubscriber> subscribers;
    private final Map<String, ReminderHandler> reminderHandlers;
    private final EventDocumentMapper events;
    private final Clock clock;
    private volatile Thread worker;
    private volatile boolean running;

    JobRunner(OutboxRelay relay, JobQueue queue, JobSettings settings, List<EventSubscriber> subscribers,
              List<ReminderHandler> reminderHandlers, EventDocumentMapper events, Clock clock) {
        this.relay = relay;
        this.queue = queue;
        this.settings = settings;
        this.subscribers = byName(subscribers, EventSubscriber::name);
        this.reminderHandlers = byName(reminderHandlers, ReminderHandler::kind);
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void start() {
        if (!settings.enabled()) {
            LOG.info("Background jobs are disabled on this instance (passerelle.jobs.enabled=false): events wait in"
                    + " their outboxes for another instance");
            return;
        }
        running = true;
        Thread thread = new Thread(this::loop, "passerelle-jobs");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    /**
     * Lets the running job finish (without interrupting it: the MongoDB driver refuses to work on an interrupted
     * thread, so its completion could not be recorded) and waits a while for it.
     */
    @Override
    public void stop() {
        running = false;
        Thread current = worker;
        if (current != null) {
            try {
                current.join(STOP_GRACE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** One pass: relay every outbox, then run every due job. Package-private so tests can drive it step by step. */
    void runOnce() {
        relay.drain();
        Optional<JobDocument> next;
        while (running() && (next = queue.claim(settings.instanceId(), settings.lease())).isPresent()) {
            execute(next.get());
        }
    }

    private void loop() {
        long polls = 0;
        while (running) {
            try {
                runOnce();
                if (++polls % POLLS_PER_SWEEP == 0) {
                    queue.sweepFinishedBefore(clock.instant().minus(settings.retention()));
                }
                Thread.sleep(settings.pollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be briefly unreachable: log, wait, try again; jobs stay safe in the queue.
                LOG.warn("Background job pass failed; retrying after the poll interval", e);
                sleepQuietly();
            }
        }
    }

    /**
     * Runs the job and records the outcome. A job claimed more often than it may fail was taken over from runners
     * that died or hung while running it: it is parked rather than allowed to take down runner after runner. A
     * failure to record success is not the handler's failure: it propagates, and the lease lets the job run again.
     */
    private void execute(JobDocument job) {
        if (job.attempts() > settings.maxAttempts()) {
            queue.fail(job, settings.instanceId(), new IllegalStateException("abandoned by its runner "
                    + (job.attempts() - 1) + " times (crashed or hung while running it)"), settings);
            return;
        }
        try {
            switch (job.kind()) {
                case EVENT_DELIVERY -> handlerOf(subscribers, job).on(events.toDomain(job.event()));
                case REMINDER -> handlerOf(reminderHandlers, job).fire(reminderOf(job));
            }
        } catch (RuntimeException failure) {
            LOG.warn("Job {} ({} by {}) failed, attempt {}", job.id(), job.kind(), job.handler(), job.attempts(),
                    failure);
            queue.fail(job, settings.instanceId(), failure, settings);
            return;
        }
        queue.complete(job, settings.instanceId());
    }

    private static <H> H handlerOf(Map<String, H> handlers, JobDocument job) {
        H handler = handlers.get(job.handler());
        if (handler == null) {
            throw new IllegalStateException("no handler named '" + job.handler() + "' on this instance");
        }
        return handler;
    }

    private Reminder reminderOf(JobDocument job) {
        return new Reminder(job.reminder().key(), job.handler(), job.dueAt(), job.reminder().attributes());
    }

    /** A runner that was never started is being driven by a test through {@link #runOnce}. */
    private boolean running() {
        return running || worker == null;
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(settings.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <H> Map<String, H> byName(List<H> handlers, Function<H, String> name) {
        return handlers.stream().collect(Collectors.toUnmodifiableMap(name, Function.identity()));
    }
}
