package fr.passerelle.consent.port.out;

import fr.passerelle.consent.model.ConsentDecision;
import fr.passerelle.consent.model.ConsentPurpose;
import fr.passerelle.consent.model.ConsentRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The consent ledger. Append-only: nothing here updates or deletes an entry, except erasure (which pseudonymises a
 * person's entries) and retention (which deletes pseudonymised entries once their hold ended).
 */
public interface ConsentRecords {

    /** Appends the entry; idempotent on its id. */
    void append(ConsentRecord record);

    /** The person's latest entry of each purpose they ever decided on (at most one per purpose). */
    List<ConsentRecord> latestPerPurpose(String subject);

    /** The person's latest entry for one purpose, or null when they never decided on it. */
    ConsentRecord latest(String subject, ConsentPurpose purpose);

    /**
     * The next people, by subject after {@code afterSubject} (null: from the start), who have any entry for the
     * purpose (whatever they decided), at most {@code limit}: a campaign's audience, each checked at send time.
     */
    List<String> decidedOn(ConsentPurpose purpose, String afterSubject, int limit);

    /**
     * The subjects among these whose latest entry for the purpose grants it. One read per subject here; stores
     * answer in one query.
     */
    default Set<String> granting(ConsentPurpose purpose, Collection<String> subjects) {
        Set<String> granting = new HashSet<>();
        for (String subject : subjects) {
            ConsentRecord latest = latest(subject, purpose);
            if (latest != null && latest.decision() == ConsentDecision.GRANTED) {
                granting.add(subject);
            }
        }
        return granting;
    }

    /** The person's entries, newest first, at most {@code limit}. */
    List<ConsentRecord> history(String subject, int limit);

    /** Replaces the person's subject (as the entries' person and as their recorder) by the pseudonym; how many. */
    int pseudonymise(String subject, String pseudonym);

    /** Deletes the pseudonymised entries (subjects starting with the prefix) decided before the time; how many. */
    int deletePseudonymisedBefore(String pseudonymPrefix, Instant before);
}
