package fr.passerelle.privacy.port;

import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.PersonalData;
import java.time.Instant;
import java.util.List;

/**
 * What one feature stores about people, and how to hand it over, erase it and expire it. Every feature that persists
 * personal data implements one (in its own package) and declares it as a bean; data-subject requests and the
 * retention job only ever go through providers, so a new feature is covered the day its provider exists — and the
 * architecture test refuses a persisted document with personal data that no provider declares.
 *
 * <p>Every method is idempotent: a request replayed after a crash, or an old event relayed after an erasure, must not
 * bring anything back.
 */
public interface PersonalDataProvider {

    /** The feature's name, as in its package ({@code learner}, {@code agreement}…). */
    String feature();

    /** Every kind of personal data the feature stores. */
    List<PersonalData> declaration();

    /** Everything the feature holds about the person, one section per kind of record; empty sections are left out. */
    List<ExportSection> export(DataSubject person);

    /** Deletes or pseudonymises the person's data, except what a legal hold keeps (reported, and restricted). */
    ErasureOutcome erase(DataSubject person, Instant now);

    /**
     * Applies a retention policy: deletes or pseudonymises the records of {@code dataClass} whose trigger (last contact
     * initiated by the person, end of training, end of contract…, as the provider knows it) came before
     * {@code triggeredBefore}. A data class the provider does not declare is not its business: it does nothing.
     */
    ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now);
}
