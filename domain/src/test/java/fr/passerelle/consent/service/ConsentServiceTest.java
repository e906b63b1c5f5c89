package fr.passerelle.consent.service;

import static fr.passerelle.consent.model.ConsentDecision.GRANTED;
import static fr.passerelle.consent.model.ConsentDecision.WITHDRAWN;
import static fr.passerelle.consent.model.ConsentPurpose.MARKETING_EMAIL;
import static fr.passerelle.testing.Violations.pathsAndCodesThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.consent.model.ConsentPurpose;
import fr.passerelle.consent.model.ConsentRecord;
import fr.passerelle.consent.model.ConsentSource;
import fr.passerelle.consent.port.in.ConsentCommand;
import fr.passerelle.consent.port.out.ConsentRecords;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsentServiceTest {

    /** The ledger as a list: appends, and the two erasure/retention rewrites the port allows. */
    static final class InMemoryConsentRecords implements ConsentRecords {
        final List<ConsentRecord> entries = new ArrayList<>();

        @Override
        public void append(ConsentRecord record) {
            if (entries.stream().noneMatch(entry -> entry.id().equals(record.id()))) {
                entries.add(record);
            }
        }

        @Override
        public List<ConsentRecord> latestPerPurpose(String subject) {
            return Arrays.stream(ConsentPurpose.values()).map(purpose -> latest(subject, purpose))
                    .filter(Objects::nonNull).toList();
        }

        @Override
        public ConsentRecord latest(String subject, ConsentPurpose purpose) {
            return history(subject, Integer.MAX_VALUE).stream().filter(entry -> entry.purpose() == purpose)
                    .findFirst().orElse(null);
        }

        @Override
        public List<String> decidedOn(ConsentPurpose purpose, String afterSubject, int limit) {
            return entries.stream().filter(entry -> entry.purpose() == purpose).map(ConsentRecord::subject)
                    .filter(subject -> afterSubject == null || subject.compareTo(afterSubject) > 0).distinct()
                    .sorted().limit(limit).toList();
        }

        @Override
        public List<ConsentRecord> history(String subject, int limit) {
            return entries.stream().filter(entry -> entry.subject().equals(subject))
                    .sorted(Comparator.comparing(ConsentRecord::at).thenComparing(ConsentRecord::id).reversed())
                    .limit(limit).toList();
        }

        @Override
        public int pseudonymise(String subject, String pseudonym) {
            int changed = 0;
            for (int i = 0; i < entries.size(); i++) {
                ConsentRecord e = entries.get(i);
                if (e.subject().equals(subject)) {
                    entries.set(i, new ConsentRecord(e.id(), pseudonym, e.purpose(), e.decision(), e.source(),
                            e.wordingVersion(), e.recordedBy().equals(subject) ? pseudonym : e.recordedBy(), e.at()));
                    changed++;
                }
            }
            return changed;
        }

        @Override
        public int deletePseudonymisedBefore(String pseudonymPrefix, Instant before) {
            int size = entries.size();
            entries.removeIf(e -> e.subject().startsWith(pseudonymPrefix) && e.at().isBefore(before));
            return size - entries.size();
        }
    }

    private final InMemoryConsentRecords records = new InMemoryConsentRecords();
    private final MutableClock clock = new MutableClock();
    private final ConsentService consents = new ConsentService(records, null, Fixtures.countingIds("consent-"), clock);
    private final ConsentPrivacy privacy = new ConsentPrivacy(records);
    private final Actor learner = Actors.learner("learner-1");

    @Test
    void aPersonGrantsThenWithdrawsAndTheLedgerKeepsBoth() {
        assertThat(consents.granted("learner-1", MARKETING_EMAIL)).isFalse();

        assertThat(consents.decide(learner, new ConsentCommand(MARKETING_EMAIL, GRANTED, "marketing-v1")).granted())
                .isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(consents.granted("learner-1", MARKETING_EMAIL)).isTrue();
        assertThat(consents.decide(learner, new ConsentCommand(MARKETING_EMAIL, WITHDRAWN, "marketing-v1")).granted())
                .isFalse();

        assertThat(consents.granted("learner-1", MARKETING_EMAIL)).isFalse();
        assertThat(records.history("learner-1", 10)).extracting(ConsentRecord::decision)
                .containsExactly(WITHDRAWN, GRANTED);
        assertThat(consents.mine(learner)).filteredOn(consent -> consent.purpose() == MARKETING_EMAIL)
                .singleElement().satisfies(consent -> assertThat(consent.granted()).isFalse());
    }

    @Test
    void repeatingTheCurrentDecisionAppendsNothing() {
        consents.decide(learner, new ConsentCommand(MARKETING_EMAIL, GRANTED, "marketing-v1"));
        consents.decide(learner, new ConsentCommand(MARKETING_EMAIL, GRANTED, "marketing-v1"));
        assertThat(records.entries).hasSize(1);

        // Agreeing to a new wording is new proof: it is recorded.
        consents.decide(learner, new ConsentCommand(MARKETING_EMAIL, GRANTED, "marketing-v2"));
        assertThat(records.entries).hasSize(2);
    }

    @Test
    void oneClickUnsubscribeWithdrawsOnceAndNamesItsSource() {
        consents.decide(learner, new ConsentCommand(MARKETING_EMAIL, GRANTED, "marketing-v1"));
        clock.advance(Duration.ofMinutes(1));

        consents.unsubscribe("learner-1", MARKETING_EMAIL);
        consents.unsubscribe("learner-1", MARKETING_EMAIL);

        assertThat(records.history("learner-1", 10)).first().satisfies(entry -> {
            assertThat(entry.decision()).isEqualTo(WITHDRAWN);
            assertThat(entry.source()).isEqualTo(ConsentSource.ONE_CLICK_UNSUBSCRIBE);
        });
        assertThat(records.entries).hasSize(2);
    }

    @Test
    void aWordingVersionIsRequiredAndPlain() {
        assertThat(pathsAndCodesThrownBy(() -> new ConsentCommand(MARKETING_EMAIL, GRANTED, " ")))
                .containsExactly("wordingVersion REQUIRED");
        assertThat(pathsAndCodesThrownBy(() -> new ConsentCommand(MARKETING_EMAIL, GRANTED, "v1 <b>")))
                .containsExactly("wordingVersion INVALID");
        assertThat(pathsAndCodesThrownBy(() -> new ConsentCommand(MARKETING_EMAIL, GRANTED, "v".repeat(65))))
                .containsExactly("wordingVersion TOO_LONG");
    }

    @Test
    void erasureKeepsTheProofPseudonymisedAndRetentionDeletesItOnceTheHoldIsOver() {
        consents.decide(learner, new ConsentCommand(MARKETING_EMAIL, GRANTED, "marketing-v1"));
        DataSubject person = new DataSubject("learner-1", Set.of(), Set.of());
        assertThat(privacy.export(person)).singleElement()
                .satisfies(section -> assertThat(section.rows()).singleElement()
                        .satisfies(row -> assertThat(row).containsEntry("recordedBy", "self")));

        ErasureOutcome erased = privacy.erase(person, Fixtures.NOW);

        assertThat(erased.pseudonymised()).isEqualTo(1);
        assertThat(erased.held()).singleElement().satisfies(hold -> assertThat(hold.until())
                .isEqualTo(Instant.parse("2030-03-01T09:00:00Z")));
        assertThat(privacy.export(person)).isEmpty();
        assertThat(consents.granted("learner-1", MARKETING_EMAIL)).isFalse();
        assertThat(records.entries).singleElement().satisfies(entry ->
                assertThat(entry.subject()).startsWith(ConsentPrivacy.PSEUDONYM_PREFIX).isNotEqualTo("learner-1"));
        assertThat(privacy.erase(person, Fixtures.NOW).pseudonymised()).as("idempotent").isZero();

        assertThat(privacy.expire(ConsentPrivacy.LEDGER, Fixtures.NOW, Fixtures.NOW).deleted()).isZero();
        assertThat(privacy.expire("learner.profile", Fixtures.NOW.plusSeconds(1), Fixtures.NOW).deleted()).isZero();
        assertThat(privacy.expire(ConsentPrivacy.LEDGER, Fixtures.NOW.plusSeconds(1), Fixtures.NOW).deleted())
                .isEqualTo(1);
        assertThat(records.entries).isEmpty();
    }
}
