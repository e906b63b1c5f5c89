package fr.passerelle.job.model;

import java.time.Instant;

/**
 * A background job as operators see it.
 *
 * @param handler    the subscriber (for a delivery) or reminder kind that runs it
 * @param lastError  the last failure's type and message, null if none
 * @param eventType  for a delivery, the event's type and aggregate; null otherwise
 * @param reminderKey for a reminder, its key; null otherwise
 */
public record Job(String id, JobKind kind, String handler, JobStatus status, Instant dueAt, int attempts,
                  String lastError, String eventType, String aggregateType, String aggregateId, String reminderKey,
                  Instant createdAt, Instant finishedAt) {
}
