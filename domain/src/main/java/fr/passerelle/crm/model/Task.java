package fr.passerelle.crm.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A next action of the CRM: something one staff member does by a time, about a contact, a deal, or both.
 *
 * @param doneAt             when it was done; null while open
 * @param doneBy             who marked it done; null while open
 * @param overdueFor         the due time it was last recorded overdue for ({@code task.overdue}), or null: the event
 *                           is recorded once per due time, again only when a new due time passes
 * @param automation         the rule that created it, or null when a person did
 * @param mergedFrom         the contacts merges moved it away from (see {@link MergeTrail})
 */
public record Task(String id, String schoolId, String title, Instant dueAt, String ownerSubject, String contactId,
                   String dealId, Instant doneAt, String doneBy, Instant overdueFor, AutomationOrigin automation, List<String> mergedFrom,
                   String createdBy, Instant createdAt, Instant updatedAt, long version) implements ContactRecord<Task> {

    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(ownerSubject, "ownerSubject");
        if (contactId == null && dealId == null) {
            throw new IllegalArgumentException("a task is about a contact or a deal");
        }
        mergedFrom = mergedFrom == null ? List.of() : List.copyOf(mergedFrom);
    }

    /** What staff set on a task, checked at the edge ({@code TaskUseCases}). */
    public record Details(String title, Instant dueAt, String ownerSubject, String contactId, String dealId) {
    }

    public static Task open(String id, String schoolId, Details details, String by, AutomationOrigin automation,
                            Instant now) {
        return new Task(id, schoolId, details.title(), details.dueAt(), details.ownerSubject(), details.contactId(),
                details.dealId(), null, null, null, automation, List.of(), by, now, now, 0);
    }

    public Task withDetails(Details details, Instant now) {
        return new Task(id, schoolId, details.title(), details.dueAt(), details.ownerSubject(), details.contactId(),
                details.dealId(), doneAt, doneBy, overdueFor, automation, mergedFrom, createdBy, createdAt, now, version);
    }

    /** Done now by {@code by}; done again changes nothing. */
    public Task done(String by, Instant now) {
        return isDone() ? this : new Task(id, schoolId, title, dueAt, ownerSubject, contactId, dealId, now, by,
                overdueFor, automation, mergedFrom, createdBy, createdAt, now, version);
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public boolean isOverdue(Instant now) {
        return !isDone() && dueAt.isBefore(now);
    }

    /**
     * This task recorded as overdue for its current due time, when it is open, that time has come and it was not
     * recorded for it yet; otherwise this very task (a done task, a due time moved ahead, or a repeated call).
     */
    public Task passedDue(Instant now) {
        if (isDone() || dueAt.isAfter(now) || dueAt.equals(overdueFor)) {
            return this;
        }
        return new Task(id, schoolId, title, dueAt, ownerSubject, contactId, dealId, doneAt, doneBy, dueAt,
                automation, mergedFrom, createdBy, createdAt, now, version);
    }

    @Override
    public Task movedTo(String survivor) {
        return withContact(survivor, MergeTrail.push(mergedFrom, contactId));
    }

    @Override
    public Task movedBackTo(String mergedContactId) {
        return cameFrom(mergedContactId) ? withContact(mergedContactId, MergeTrail.pop(mergedFrom)) : this;
    }

    private Task withContact(String newContactId, List<String> trail) {
        return new Task(id, schoolId, title, dueAt, ownerSubject, newContactId, dealId, doneAt, doneBy, overdueFor,
                automation, trail, createdBy, createdAt, updatedAt, version);
    }
}
