package fr.passerelle.consent.service;

import fr.passerelle.consent.model.ConsentRecord;
import fr.passerelle.consent.port.out.ConsentRecords;
import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.LegalBasis;
import fr.passerelle.privacy.model.PersonalData;
import fr.passerelle.privacy.port.PersonalDataProvider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consent ledger's personal data. Erasure keeps the entries, pseudonymised: they are the proof that the platform
 * asked before mailing and stopped when told (GDPR art. 7(1)), which a complaint may ask for until the limitation
 * period of civil claims ends (five years, Code civil art. 2224). The person's account is gone from them, so nobody can
 * be mailed on their strength; retention deletes them once the hold is over.
 */
public class ConsentPrivacy implements PersonalDataProvider {

    public static final String FEATURE = "consent";
    public static final String LEDGER = "consent.ledger";
    /** Erased people's entries name a digest of their account, so one person's entries stay together as proof. */
    public static final String PSEUDONYM_PREFIX = "erased-";
    static final int HOLD_YEARS = 5;
    /** A person's ledger longer than this is a bug or an abuse; an export stops there. */
    static final int MAX_EXPORTED = 10_000;
    private static final List<String> COLUMNS =
            List.of("id", "purpose", "decision", "source", "wordingVersion", "recordedBy", "at");

    private final ConsentRecords records;

    public ConsentPrivacy(ConsentRecords records) {
        this.records = records;
    }

    @Override
    public String feature() {
        return FEATURE;
    }

    @Override
    public List<PersonalData> declaration() {
        return List.of(new PersonalData(LEDGER, "consent_ledger", List.of("subject", "recordedBy"),
                "privacy.purpose.consent-ledger", LegalBasis.LEGAL_OBLIGATION, PersonalData.Erasure.HOLD));
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        if (person.subject() == null) {
            return List.of();
        }
        List<ConsentRecord> entries = records.history(person.subject(), MAX_EXPORTED);
        if (entries.isEmpty()) {
            return List.of();
        }
        return List.of(new ExportSection("consent-ledger", COLUMNS,
                entries.stream().map(entry -> row(person.subject(), entry)).toList()));
    }

    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        if (person.subject() == null) {
            return new ErasureOutcome(FEATURE, 0, 0, List.of());
        }
        int kept = records.pseudonymise(person.subject(), pseudonym(person.subject()));
        Instant until = now.atOffset(ZoneOffset.UTC).plusYears(HOLD_YEARS).toInstant();
        return new ErasureOutcome(FEATURE, 0, kept, kept == 0 ? List.of()
                : List.of(new ErasureOutcome.Hold(LEDGER, kept, "privacy.hold.consent-proof", until)));
    }

    /** Only erased people's entries expire: a living person's ledger is the proof of the consent still relied on. */
    @Override
    public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
        if (!LEDGER.equals(dataClass)) {
            return new ErasureOutcome(FEATURE, 0, 0, List.of());
        }
        return new ErasureOutcome(FEATURE, records.deletePseudonymisedBefore(PSEUDONYM_PREFIX, triggeredBefore), 0,
                List.of());
    }

    /** A stable, one-way stand-in for the person's account. */
    public static String pseudonym(String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("subject:" + subject).getBytes(StandardCharsets.UTF_8));
            return PSEUDONYM_PREFIX + HexFormat.of().formatHex(digest).substring(0, 20);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }

    /** Staff are named by their role in it, not their account: the person learns how, not which colleague. */
    private static Map<String, String> row(String subject, ConsentRecord entry) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", entry.id());
        row.put("purpose", entry.purpose().name());
        row.put("decision", entry.decision().name());
        row.put("source", entry.source().name());
        row.put("wordingVersion", entry.wordingVersion());
        row.put("recordedBy", entry.recordedBy().equals(subject) ? "self"
                : entry.source().onBehalf() ? "staff" : entry.recordedBy());
        row.put("at", entry.at().toString());
        return row;
    }
}
