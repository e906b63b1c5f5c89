package fr.passerelle.job.port.in;

import fr.passerelle.job.model.Job;
import fr.passerelle.job.model.JobStatus;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Watching and replaying background jobs: platform admins only. */
public interface JobUseCases {

    Page<Job> jobs(Actor actor, JobStatus status, Paging paging);

    Optional<Job> find(Actor actor, String jobId);

    /** The jobs among the ids (one read); none for anyone but a platform admin. */
    List<Job> findAll(Actor actor, Collection<String> jobIds);

    /** Re-queues a parked job (after its cause was fixed). Idempotent once it is queued again. */
    Job replay(Actor actor, String jobId);
}
