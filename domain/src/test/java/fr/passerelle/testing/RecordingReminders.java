package fr.passerelle.testing;

import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.Reminders;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link Reminders} that keeps what is scheduled and cancelled, honouring the port's contract: scheduling a key
 * that exists (cancelled or not) keeps the first, cancelling an unknown key is ignored. Nothing ever fires here:
 * tests fire a reminder by calling its handler.
 */
public class RecordingReminders extends InMemoryRecords<Reminder> implements Reminders {

    private final Set<String> cancelled = new HashSet<>();

    public RecordingReminders() {
        super(Reminder::key);
    }

    @Override
    public void schedule(Reminder reminder) {
        addIfAbsent(reminder);
    }

    @Override
    public void cancel(String key) {
        if (findById(key).isPresent()) {
            cancelled.add(key);
        }
    }

    /** The reminders scheduled and not cancelled, in order. */
    public List<Reminder> pending() {
        return all().stream().filter(reminder -> !cancelled.contains(reminder.key())).toList();
    }

    public boolean isCancelled(String key) {
        return cancelled.contains(key);
    }
}
