package fr.passerelle.job.persistence;

import fr.passerelle.job.model.Job;
import fr.passerelle.job.model.JobStatus;
import fr.passerelle.job.port.out.Jobs;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.persistence.KeysetPager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoJobs implements Jobs {

    private final MongoOperations mongo;
    private final KeysetPager<JobDocument> pager;

    MongoJobs(MongoOperations mongo) {
        this.mongo = mongo;
        this.pager = new KeysetPager<>(mongo, JobDocument.class, JobDocument::id);
    }

    @Override
    public Optional<Job> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, JobDocument.class)).map(MongoJobs::toDomain);
    }

    @Override
    public List<Job> findAllById(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), JobDocument.class).stream()
                .map(MongoJobs::toDomain).toList();
    }

    @Override
    public Page<Job> page(JobStatus status, Paging paging) {
        return pager.page(Criteria.where("status").is(status), "dueAt", true, paging, JobDocument::dueAt)
                .map(MongoJobs::toDomain);
    }

    @Override
    public boolean requeue(String id, Instant now) {
        Query parked = Query.query(Criteria.where("_id").is(id).and("status").is(JobStatus.PARKED));
        Update again = new Update().set("status", JobStatus.SCHEDULED).set("dueAt", now).set("attempts", 0)
                .unset("finishedAt");
        return mongo.updateFirst(parked, again, JobDocument.class).getModifiedCount() == 1;
    }

    private static Job toDomain(JobDocument job) {
        var event = job.event();
        return new Job(job.id(), job.kind(), job.handler(), job.status(), job.dueAt(), job.attempts(),
                job.lastError(), event == null ? null : event.type(), event == null ? null : event.aggregateType(),
                event == null ? null : event.aggregateId(), job.reminder() == null ? null : job.reminder().key(),
                job.createdAt(), job.finishedAt());
    }
}
