package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.InteractionDirection;
import java.time.Instant;

/**
 * Telling the contacts part that staff interacted with a contact, for its {@code lastInteractionAt}. Wired through
 * {@code NoReplyChecks}, which times "no reply" checks, to its in-port ({@code ContactUseCases.recordInteraction}): the timeline changes contacts only through their owner.
 */
@FunctionalInterface
public interface ContactInteractions {

    /** Keeps the latest instants (overall and per direction): calls out of order or repeated change nothing. */
    void recordInteraction(String schoolId, String contactId, InteractionDirection direction, Instant at);
}
