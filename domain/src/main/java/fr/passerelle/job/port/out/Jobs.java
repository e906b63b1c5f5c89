package fr.passerelle.job.port.out;

import fr.passerelle.job.model.Job;
import fr.passerelle.job.model.JobStatus;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Background jobs, for their administration (running them is the job runner's business). */
public interface Jobs {

    Optional<Job> findById(String id);

    /** The jobs that exist among the ids, in no particular order. */
    List<Job> findAllById(Collection<String> ids);

    /** Jobs in that state, by due time then id. */
    Page<Job> page(JobStatus status, Paging paging);

    /** Puts a parked job back in the queue, due now with a fresh attempt count; false if it is not parked. */
    boolean requeue(String id, Instant now);
}
