package fr.passerelle.job.persistence;

import fr.passerelle.job.model.JobKind;
import fr.passerelle.job.model.JobStatus;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.persistence.EventDocument;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code jobs} collection as a queue shared by every instance. Creating a job is an idempotent upsert on its
 * id; claiming one is an atomic findAndModify that takes a lease, so two instances never run the same job at once;
 * finishing is conditional on still holding the lease.
 */
@Component
class JobQueue implements Reminders {

    private static final String ID = "_id";
    private static final String STATUS = "status";
    private static final String DUE_AT = "dueAt";
    private static final String LEASE_OWNER = "leaseOwner";
    private static final String LEASE_UNTIL = "leaseUntil";
    private static final String ATTEMPTS = "attempts";
    private static final String LAST_ERROR = "lastError";
    private static final String FINISHED_AT = "finishedAt";
    private static final int MAX_ERROR_LENGTH = 500;

    private final MongoOperations mongo;
    private final Clock clock;

    JobQueue(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Queues the delivery of an event to one subscriber, unless it already is (or was). */
    void enqueueDelivery(EventDocument event, String subscriber) {
        Update create = new Update()
                .setOnInsert("kind", JobKind.EVENT_DELIVERY)
                .setOnInsert("handler", subscriber)
                .setOnInsert("event", event);
        createOnce(event.id() + "/" + subscriber, event.occurredAt(), create);
    }

    @Override
    public void schedule(Reminder reminder) {
        Update create = new Update()
                .setOnInsert("kind", JobKind.REMINDER)
                .setOnInsert("handler", reminder.kind())
                .setOnInsert("reminder", new JobDocument.ReminderDocument(reminder.key(), reminder.attributes()));
        createOnce(reminderId(reminder.key()), reminder.dueAt(), create);
    }

    @Override
    public void cancel(String key) {
        mongo.updateFirst(Query.query(Criteria.where(ID).is(reminderId(key)).and(STATUS).is(JobStatus.SCHEDULED)),
                new Update().set(STATUS, JobStatus.CANCELLED).set(FINISHED_AT, clock.instant()), JobDocument.class);
    }

    /**
     * Claims the most overdue runnable job: a scheduled one now due, or a running one whose lease expired (its
     * instance died). Counts the attempt.
     */
    Optional<JobDocument> claim(String owner, java.time.Duration lease) {
        Instant now = clock.instant();
        Criteria due = new Criteria().orOperator(
                Criteria.where(STATUS).is(JobStatus.SCHEDULED).and(DUE_AT).lte(now),
                Criteria.where(STATUS).is(JobStatus.RUNNING).and(LEASE_UNTIL).lte(now));
        Update take = new Update().set(STATUS, JobStatus.RUNNING).set(LEASE_OWNER, owner)
                .set(LEASE_UNTIL, now.plus(lease)).inc(ATTEMPTS, 1);
        return Optional.ofNullable(mongo.findAndModify(
                Query.query(due).with(Sort.by(DUE_AT, ID)), take,
                FindAndModifyOptions.options().returnNew(true), JobDocument.class));
    }

    /** Marks the job done if this instance still holds it; false when its lease was lost meanwhile. */
    boolean complete(JobDocument job, String owner) {
        return finish(job, owner, new Update().set(STATUS, JobStatus.DONE).set(FINISHED_AT, clock.instant()));
    }

    /** Schedules the retry of a failed job, or parks it when it has failed too often. */
    boolean fail(JobDocument job, String owner, Exception failure, JobSettings settings) {
        String error = describe(failure);
        Update update = job.attempts() >= settings.maxAttempts()
                ? new Update().set(STATUS, JobStatus.PARKED).set(FINISHED_AT, clock.instant())
                : new Update().set(STATUS, JobStatus.SCHEDULED)
                        .set(DUE_AT, clock.instant().plus(settings.retryDelay(job.attempts())));
        return finish(job, owner, update.set(LAST_ERROR, error));
    }

    /** Deletes jobs finished before the instant (MongoDB TTL indexes are not available on every store). */
    long sweepFinishedBefore(Instant before) {
        return mongo.remove(Query.query(Criteria.where(STATUS).in(JobStatus.DONE, JobStatus.CANCELLED)
                .and(FINISHED_AT).lt(before)), JobDocument.class).getDeletedCount();
    }

    private boolean finish(JobDocument job, String owner, Update update) {
        Query stillMine = Query.query(Criteria.where(ID).is(job.id()).and(STATUS).is(JobStatus.RUNNING)
                .and(LEASE_OWNER).is(owner));
        update.unset(LEASE_OWNER).unset(LEASE_UNTIL);
        return mongo.updateFirst(stillMine, update, JobDocument.class).getModifiedCount() == 1;
    }

    private void createOnce(String id, Instant dueAt, Update create) {
        create.setOnInsert(STATUS, JobStatus.SCHEDULED)
                .setOnInsert(DUE_AT, dueAt)
                .setOnInsert(ATTEMPTS, 0)
                .setOnInsert("createdAt", clock.instant());
        try {
            mongo.upsert(Query.query(Criteria.where(ID).is(id)), create, JobDocument.class);
        } catch (DuplicateKeyException concurrentCreate) {
            // Another instance created the same job at the same moment: it exists, which is all we wanted.
        }
    }

    static String reminderId(String key) {
        return "reminder/" + key;
    }

    /** The failure's type and message, bounded: what an operator needs, stored where only admins read. */
    private static String describe(Exception failure) {
        String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
