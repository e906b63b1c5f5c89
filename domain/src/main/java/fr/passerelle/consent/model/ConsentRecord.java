package fr.passerelle.consent.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the consent ledger. Entries are only ever appended: the ledger is the proof of what the person agreed
 * to, under which wording, when and how, and a change of mind is a new entry, never an edit.
 *
 * @param subject        the person (their account's token subject)
 * @param wordingVersion the version of the text the person was shown when deciding (e.g. {@code marketing-2026-01})
 * @param recordedBy     who appended it: the person themself, a staff member's subject, or {@code system} for a
 *                       one-click unsubscribe
 * @param at             when it was decided; the ledger is folded in this order (ties by id)
 */
public record ConsentRecord(String id, String subject, ConsentPurpose purpose, ConsentDecision decision,
                            ConsentSource source, String wordingVersion, String recordedBy, Instant at) {

    public ConsentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(wordingVersion, "wordingVersion");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(at, "at");
    }

    public boolean granted() {
        return decision == ConsentDecision.GRANTED;
    }
}
