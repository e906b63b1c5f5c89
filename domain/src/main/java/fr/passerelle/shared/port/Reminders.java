package fr.passerelle.shared.port;

import fr.passerelle.shared.model.Reminder;

/** Stored reminders: each fires once, at or after its due time, on one instance, even after downtime. */
public interface Reminders {

    /** Schedules the reminder; idempotent: if one with the same key exists (in any state), nothing changes. */
    void schedule(Reminder reminder);

    /** Cancels the reminder if it has not fired yet; unknown keys are ignored. */
    void cancel(String key);
}
