package fr.passerelle.job.persistence;

import fr.passerelle.job.model.JobKind;
import fr.passerelle.job.model.JobStatus;
import fr.passerelle.shared.persistence.EventDocument;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored background job: an event delivery to one subscriber ({@code _id} = event id / subscriber), or a reminder
 * ({@code _id} = {@code reminder/} + key). The id makes creating a job idempotent; the claim, completion and failure
 * are each one conditional write.
 *
 * @param leaseOwner the instance running it, while RUNNING
 * @param leaseUntil when another instance may take a RUNNING job over (its runner presumably died)
 */
@Document("jobs")
@CompoundIndex(name = "due", def = "{'status': 1, 'dueAt': 1}")
@CompoundIndex(name = "lease", def = "{'status': 1, 'leaseUntil': 1}")
@CompoundIndex(name = "by_status_order", def = "{'status': 1, 'dueAt': 1, '_id': 1}")
record JobDocument(
        @Id String id,
        JobKind kind,
        String handler,
        JobStatus status,
        Instant dueAt,
        int attempts,
        String leaseOwner,
        Instant leaseUntil,
        String lastError,
        EventDocument event,
        ReminderDocument reminder,
        Instant createdAt,
        Instant finishedAt) {

    record ReminderDocument(String key, Map<String, String> attributes) {
    }
}
