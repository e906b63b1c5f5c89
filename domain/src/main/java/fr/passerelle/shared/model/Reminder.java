package fr.passerelle.shared.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something to do at a given time, stored as a job (never a timer), so it survives restarts and fires once across
 * instances.
 *
 * @param key        identifies the reminder: scheduling the same key again keeps the first, cancelling uses it
 * @param kind       selects the {@link fr.passerelle.shared.port.ReminderHandler} that fires it
 * @param attributes the ids the handler needs to re-read what the reminder is about
 */
public record Reminder(String key, String kind, Instant dueAt, Map<String, String> attributes) {

    public Reminder {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
        attributes = Map.copyOf(attributes);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }
}
