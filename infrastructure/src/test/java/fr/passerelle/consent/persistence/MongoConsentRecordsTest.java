package fr.passerelle.consent.persistence;

import static fr.passerelle.consent.model.ConsentDecision.GRANTED;
import static fr.passerelle.consent.model.ConsentDecision.WITHDRAWN;
import static fr.passerelle.consent.model.ConsentPurpose.MARKETING_EMAIL;
import static fr.passerelle.consent.model.ConsentPurpose.PROFILING;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.consent.model.ConsentDecision;
import fr.passerelle.consent.model.ConsentPurpose;
import fr.passerelle.consent.model.ConsentRecord;
import fr.passerelle.consent.model.ConsentSource;
import fr.passerelle.consent.port.out.ConsentRecords;
import fr.passerelle.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/** The ledger store: appends only (idempotent), latest per purpose, audiences by subject, erasure and retention. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class MongoConsentRecordsTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @Autowired
    private ConsentRecords records;

    @Autowired
    private MongoOperations mongo;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(mongo);
    }

    @Test
    void appendingTheSameEntryTwiceKeepsOneAndTheLatestPerPurposeIsRead() {
        ConsentRecord granted = entry("1", "alice", MARKETING_EMAIL, GRANTED, 0);
        records.append(granted);
        records.append(granted);
        ConsentRecord withdrawn = entry("2", "alice", MARKETING_EMAIL, WITHDRAWN, 5);
        records.append(withdrawn);
        records.append(entry("3", "alice", PROFILING, GRANTED, 1));
        records.append(entry("4", "bob", MARKETING_EMAIL, GRANTED, 9));

        assertThat(records.history("alice", 10)).extracting(ConsentRecord::id).containsExactly("2", "3", "1");
        assertThat(records.latest("alice", MARKETING_EMAIL)).isEqualTo(withdrawn);
        assertThat(records.latest("alice", ConsentPurpose.SMS)).isNull();
        assertThat(records.latestPerPurpose("alice")).extracting(ConsentRecord::id).containsExactlyInAnyOrder("2", "3");
    }

    @Test
    void thoseGrantingAPurposeAmongSomeSubjectsAreReadFromEachOnesLatestEntry() {
        records.append(entry("1", "alice", MARKETING_EMAIL, GRANTED, 0));
        records.append(entry("2", "alice", MARKETING_EMAIL, WITHDRAWN, 5));
        records.append(entry("3", "bob", MARKETING_EMAIL, WITHDRAWN, 0));
        records.append(entry("4", "bob", MARKETING_EMAIL, GRANTED, 5));
        records.append(entry("5", "carol", PROFILING, GRANTED, 0));
        records.append(entry("6", "dave", MARKETING_EMAIL, GRANTED, 0));

        assertThat(records.granting(MARKETING_EMAIL, List.of("alice", "bob", "carol", "erin"))).containsExactly("bob");
        assertThat(records.granting(MARKETING_EMAIL, List.of())).isEmpty();
    }

    @Test
    void theAudienceOfAPurposeListsEachPersonOnceBySubjectInBatches() {
        for (String subject : List.of("carol", "alice", "bob")) {
            records.append(entry(subject + "-1", subject, MARKETING_EMAIL, GRANTED, 0));
            records.append(entry(subject + "-2", subject, MARKETING_EMAIL, WITHDRAWN, 1));
        }
        records.append(entry("dave-1", "dave", PROFILING, GRANTED, 0));

        assertThat(records.decidedOn(MARKETING_EMAIL, null, 2)).containsExactly("alice", "bob");
        assertThat(records.decidedOn(MARKETING_EMAIL, "bob", 2)).containsExactly("carol");
        assertThat(records.decidedOn(MARKETING_EMAIL, "carol", 2)).isEmpty();
    }

    @Test
    void erasurePseudonymisesThePersonAsSubjectAndRecorderAndRetentionDeletesOnlyOldPseudonymisedEntries() {
        records.append(entry("1", "alice", MARKETING_EMAIL, GRANTED, 0));
        records.append(new ConsentRecord("2", "bob", PROFILING, GRANTED, ConsentSource.PAPER_FORM, "v1", "alice",
                T0.plusSeconds(60)));
        records.append(entry("3", "carol", MARKETING_EMAIL, GRANTED, 0));

        assertThat(records.pseudonymise("alice", "erased-abc")).isEqualTo(1);
        assertThat(records.pseudonymise("alice", "erased-abc")).as("idempotent").isZero();

        assertThat(records.history("alice", 10)).isEmpty();
        assertThat(records.history("erased-abc", 10)).extracting(ConsentRecord::recordedBy).containsExactly("erased-abc");
        assertThat(records.history("bob", 10)).extracting(ConsentRecord::recordedBy).containsExactly("erased-abc");

        assertThat(records.deletePseudonymisedBefore("erased-", T0)).isZero();
        assertThat(records.deletePseudonymisedBefore("erased-", T0.plusSeconds(1))).isEqualTo(1);
        assertThat(records.history("carol", 10)).as("a living person's ledger stays").hasSize(1);
    }

    private static ConsentRecord entry(String id, String subject, ConsentPurpose purpose, ConsentDecision decision,
                                       int minute) {
        return new ConsentRecord(id, subject, purpose, decision, ConsentSource.SELF_SERVICE, "v1", subject,
                T0.plusSeconds(60L * minute));
    }
}
