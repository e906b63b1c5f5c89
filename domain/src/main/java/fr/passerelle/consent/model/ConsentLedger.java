package fr.passerelle.consent.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Folds a person's ledger into their current consent per purpose: the latest entry of each purpose decides. */
public final class ConsentLedger {

    /** The ledger's order: by decision time, ties by id (ids are time-ordered), so a fold never depends on input order. */
    public static final Comparator<ConsentRecord> CHRONOLOGICAL =
            Comparator.comparing(ConsentRecord::at).thenComparing(ConsentRecord::id);

    private ConsentLedger() {
    }

    /**
     * Every purpose, in declaration order, with the person's latest decision on it (none: not granted).
     *
     * @param entries the person's entries, in any order; entries of another person are a caller's bug
     */
    public static List<CurrentConsent> fold(String subject, List<ConsentRecord> entries) {
        Map<ConsentPurpose, ConsentRecord> latest = new EnumMap<>(ConsentPurpose.class);
        for (ConsentRecord entry : entries) {
            if (!entry.subject().equals(subject)) {
                throw new IllegalArgumentException("an entry of another person is in " + subject + "'s ledger");
            }
            latest.merge(entry.purpose(), entry, (kept, other) -> CHRONOLOGICAL.compare(kept, other) >= 0 ? kept : other);
        }
        return Arrays.stream(ConsentPurpose.values())
                .map(purpose -> new CurrentConsent(subject, purpose, latest.get(purpose))).toList();
    }

    /** The person's current consent to one purpose. */
    public static CurrentConsent current(String subject, ConsentPurpose purpose, List<ConsentRecord> entries) {
        return fold(subject, entries).get(purpose.ordinal());
    }
}
