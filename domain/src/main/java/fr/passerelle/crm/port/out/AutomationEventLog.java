package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.AutomationEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The trigger events of each school, kept {@link fr.passerelle.crm.model.AutomationDryRun#DAYS} days (ids and
 * routing attributes only, as the events themselves): what a rule's run reads back, and what a dry run replays.
 */
public interface AutomationEventLog {

    /** Keeps the event; idempotent on its id. */
    void record(AutomationEvent event);

    Optional<AutomationEvent> findById(String eventId);

    /** The school's events since the instant, newest first, at most {@code limit}. */
    List<AutomationEvent> recent(String schoolId, Instant since, int limit);

    /** Forgets events older than the instant; returns how many. */
    long forgetBefore(Instant before);
}
