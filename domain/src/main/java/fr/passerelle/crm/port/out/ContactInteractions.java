package fr.passerelle.crm.port.out;

import java.time.Instant;

/**
 * Telling the contacts part that staff interacted with a contact, for its {@code lastInteractionAt}. Wired to its
 * in-port ({@code ContactUseCases.recordInteraction}): the timeline changes contacts only through their owner.
 */
@FunctionalInterface
public interface ContactInteractions {

    /** Keeps the latest instant: calls out of order or repeated change nothing. */
    void recordInteraction(String schoolId, String contactId, Instant at);
}
