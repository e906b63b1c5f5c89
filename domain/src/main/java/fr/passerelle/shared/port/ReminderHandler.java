package fr.passerelle.shared.port;

import fr.passerelle.shared.model.Reminder;

/**
 * Fires reminders of one kind. A reminder may fire after what it reminds of was done (cancellation races with the
 * due time), so a handler re-reads the current state and does nothing when the reminder has become pointless. It
 * must also be idempotent: a crash after its effect but before the job is marked done fires it again.
 */
public interface ReminderHandler {

    String kind();

    void fire(Reminder reminder);
}
