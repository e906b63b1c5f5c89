package fr.passerelle.job.service;

import fr.passerelle.audit.model.AuditEntry;
import fr.passerelle.audit.port.out.AuditTrail;
import fr.passerelle.job.model.Job;
import fr.passerelle.job.model.JobStatus;
import fr.passerelle.job.port.in.JobUseCases;
import fr.passerelle.job.port.out.Jobs;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public class JobService implements JobUseCases {

    static final String REPLAYED = "job.replayed";

    private final Jobs jobs;
    private final AuditTrail audit;
    private final IdGenerator ids;
    private final Clock clock;

    public JobService(Jobs jobs, AuditTrail audit, IdGenerator ids, Clock clock) {
        this.jobs = jobs;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Page<Job> jobs(Actor actor, JobStatus status, Paging paging) {
        requireAdmin(actor);
        return jobs.page(status, paging);
    }

    @Override
    public Optional<Job> find(Actor actor, String jobId) {
        return actor.isPlatformAdmin() ? jobs.findById(jobId) : Optional.empty();
    }

    @Override
    public List<Job> findAll(Actor actor, Collection<String> jobIds) {
        return actor.isPlatformAdmin() ? jobs.findAllById(jobIds) : List.of();
    }

    /**
     * Jobs are not aggregates with an outbox, so the replay is audited directly: one append to the trail, after the
     * re-queue it records.
     */
    @Override
    public Job replay(Actor actor, String jobId) {
        requireAdmin(actor);
        Job job = jobs.findById(jobId).orElseThrow(() -> new NotFoundException("Job", jobId));
        if (job.status() == JobStatus.SCHEDULED || job.status() == JobStatus.RUNNING) {
            return job;
        }
        if (!jobs.requeue(jobId, clock.instant())) {
            Job now = jobs.findById(jobId).orElseThrow(() -> new NotFoundException("Job", jobId));
            if (now.status() == JobStatus.SCHEDULED || now.status() == JobStatus.RUNNING) {
                return now; // another admin's replay won the race: the job is queued, as asked
            }
            throw BusinessRuleViolation.of("id", ErrorCode.INVALID_STATE,
                    "error.job.not-parked", now.status());
        }
        audit.append(new AuditEntry(ids.newId(), REPLAYED, "Job", jobId, 0, actor.initiatorFor(null),
                List.of("status", "attempts", "dueAt"), clock.instant()));
        return jobs.findById(jobId).orElseThrow();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isPlatformAdmin()) {
            throw new ForbiddenException("error.forbidden.jobs");
        }
    }
}
