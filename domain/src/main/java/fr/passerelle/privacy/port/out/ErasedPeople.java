package fr.passerelle.privacy.port.out;

import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.shared.model.EmailAddress;
import java.time.Instant;

/**
 * The tombstone of erased people: every key an erased person was known by, as a one-way digest. Whatever builds
 * records from events (the audit trail, notices) consults it, so an old event relayed again after an erasure — a
 * parked job replayed, an outbox a crashed relay left behind — cannot bring the person back.
 */
public interface ErasedPeople {

    /** Remembers every key of the person (idempotent). */
    void remember(DataSubject person, Instant erasedAt);

    /** Whether the account's person was erased. */
    boolean erased(String subject);

    /** Whether the address's person was erased. */
    boolean erased(EmailAddress address);
}
