package fr.passerelle.job.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.job.model.Job;
import fr.passerelle.job.model.JobKind;
import fr.passerelle.job.model.JobStatus;
import java.time.Instant;
import java.util.List;

/** GraphQL {@code Job}. */
public record JobView(String id, JobKind kind, String handler, JobStatus status, Instant dueAt, int attempts,
                      String lastError, String eventType, String objectType, String objectId, String reminderKey,
                      Instant createdAt, Instant finishedAt) {

    public static final String TYPE = "Job";

    static JobView of(Job job) {
        String object = job.aggregateType() == null ? null : GlobalIds.encode(job.aggregateType(), job.aggregateId());
        return new JobView(GlobalIds.encode(TYPE, job.id()), job.kind(), job.handler(), job.status(), job.dueAt(),
                job.attempts(), job.lastError(), job.eventType(), job.aggregateType(), object, job.reminderKey(),
                job.createdAt(), job.finishedAt());
    }

    /** GraphQL {@code JobReplayPayload}. */
    record ReplayPayload(List<UserErrorView> userErrors, JobView job) {

        static ReplayPayload of(List<UserErrorView> userErrors, Job job) {
            return new ReplayPayload(userErrors, job == null ? null : JobView.of(job));
        }
    }
}
