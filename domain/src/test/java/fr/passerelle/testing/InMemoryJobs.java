package fr.passerelle.testing;

import fr.passerelle.job.model.Job;
import fr.passerelle.job.model.JobStatus;
import fr.passerelle.job.port.out.Jobs;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.time.Instant;
import java.util.Comparator;

/**
 * {@link Jobs} in memory, honouring the port's contract: only a parked job is requeued (due now, no attempts, not
 * finished, its last error kept as the Mongo adapter keeps it). Pages are by due time then id; paging as
 * {@link InMemoryRecords#page} simplifies it.
 */
public class InMemoryJobs extends InMemoryRecords<Job> implements Jobs {

    private static final Comparator<Job> BY_DUE_TIME = Comparator.comparing(Job::dueAt).thenComparing(Job::id);

    public InMemoryJobs() {
        super(Job::id);
    }

    /** Stores a job as test data, replacing any with its id. */
    public void seed(Job job) {
        put(job);
    }

    @Override
    public Page<Job> page(JobStatus status, Paging paging) {
        return page(job -> job.status() == status, BY_DUE_TIME, Job::dueAt, paging);
    }

    @Override
    public boolean requeue(String id, Instant now) {
        return findById(id).filter(job -> job.status() == JobStatus.PARKED).map(parked -> {
            put(new Job(parked.id(), parked.kind(), parked.handler(), JobStatus.SCHEDULED, now, 0, parked.lastError(),
                    parked.eventType(), parked.aggregateType(), parked.aggregateId(), parked.reminderKey(),
                    parked.createdAt(), null));
            return true;
        }).orElse(false);
    }
}
