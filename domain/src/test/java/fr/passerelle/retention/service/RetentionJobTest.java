package fr.passerelle.retention.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.PersonalData;
import fr.passerelle.privacy.port.PersonalDataProvider;
import fr.passerelle.retention.model.RetentionDefaults;
import fr.passerelle.retention.model.RetentionPolicy;
import fr.passerelle.retention.model.RetentionRun;
import fr.passerelle.retention.port.out.RetentionPolicies;
import fr.passerelle.retention.port.out.RetentionRuns;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.MutableClock;
import fr.passerelle.testing.RecordingReminders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionJobTest {

    static final class InMemoryPolicies implements RetentionPolicies {
        final Map<String, RetentionPolicy> byClass = new LinkedHashMap<>();

        @Override
        public List<RetentionPolicy> all() {
            return List.copyOf(byClass.values());
        }

        @Override
        public Optional<RetentionPolicy> find(String dataClass) {
            return Optional.ofNullable(byClass.get(dataClass));
        }

        @Override
        public void seed(RetentionPolicy policy) {
            byClass.putIfAbsent(policy.dataClass(), policy);
        }

        @Override
        public boolean update(RetentionPolicy policy) {
            RetentionPolicy stored = byClass.get(policy.dataClass());
            if (stored == null || stored.version() != policy.version() - 1) {
                return false;
            }
            byClass.put(policy.dataClass(), policy);
            return true;
        }
    }

    static final class InMemoryRuns implements RetentionRuns {
        final Map<String, RetentionRun> byId = new LinkedHashMap<>();

        @Override
        public void record(RetentionRun run) {
            byId.putIfAbsent(run.id(), run);
        }

        @Override
        public Page<RetentionRun> newestFirst(Paging paging) {
            throw new UnsupportedOperationException("not read here");
        }
    }

    /** Holds one record per data class, triggered at a given time, and expires those triggered before the cutoff. */
    static class OldRecords implements PersonalDataProvider {
        final Map<String, Instant> triggeredAt = new LinkedHashMap<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public String feature() {
            return "old";
        }

        @Override
        public List<PersonalData> declaration() {
            return List.of();
        }

        @Override
        public List<ExportSection> export(DataSubject person) {
            return List.of();
        }

        @Override
        public ErasureOutcome erase(DataSubject person, Instant now) {
            return new ErasureOutcome(feature(), 0, 0, List.of());
        }

        @Override
        public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
            asked.add(dataClass + " " + triggeredBefore);
            Instant at = triggeredAt.get(dataClass);
            if (at != null && at.isBefore(triggeredBefore)) {
                triggeredAt.remove(dataClass);
                return new ErasureOutcome(feature(), 1, 0, List.of());
            }
            return new ErasureOutcome(feature(), 0, 0, List.of());
        }
    }

    static final class BrokenProvider extends OldRecords {
        @Override
        public String feature() {
            return "broken";
        }

        @Override
        public ErasureOutcome expire(String dataClass, Instant triggeredBefore, Instant now) {
            throw new IllegalStateException("store down: person@example.org");
        }
    }

    private final MutableClock clock = new MutableClock();
    private final InMemoryPolicies policies = new InMemoryPolicies();
    private final InMemoryRuns runs = new InMemoryRuns();
    private final RecordingReminders reminders = new RecordingReminders();
    private final OldRecords provider = new OldRecords();

    @Test
    void startingSeedsTheDefaultsWithoutOverwritingAChangeAndSchedulesTonightsRun() {
        clock.set(Instant.parse("2026-12-07T01:00:00Z"));
        RetentionJob job = new RetentionJob(policies, runs, List.of(provider), reminders, clock);
        job.start();
        RetentionPolicy defaults = policies.find("learner.profile").orElseThrow();
        policies.update(new RetentionPolicy("learner.profile", defaults.trigger(), 24, 0, defaults.basis(), 1,
                clock.instant()));

        job.start();

        assertThat(policies.all()).hasSize(RetentionDefaults.policies(clock.instant()).size());
        assertThat(policies.find("learner.profile").orElseThrow().activeMonths()).isEqualTo(24);
        assertThat(reminders.pending()).singleElement().satisfies(reminder -> {
            assertThat(reminder.key()).isEqualTo("retention/2026-12-07");
            assertThat(reminder.dueAt()).isEqualTo(Instant.parse("2026-12-07T02:00:00Z"));
        });
    }

    @Test
    void aRunExpiresWhatOutlivedBothPeriodsReportsItAndSchedulesTheNextNight() {
        clock.set(Instant.parse("2026-12-07T02:00:00Z"));
        policies.seed(RetentionDefaults.policies(clock.instant()).stream()
                .filter(policy -> policy.dataClass().equals("agreement.signed")).findFirst().orElseThrow());
        // 12 + 48 months: an agreement that ended 5 years and a day ago goes, one that ended 4 years ago stays.
        provider.triggeredAt.put("agreement.signed", Instant.parse("2021-12-06T00:00:00Z"));
        RetentionJob job = new RetentionJob(policies, runs, List.of(provider, new BrokenProvider()), reminders, clock);

        job.fire(new Reminder("retention/2026-12-07", "retention", clock.instant(), Map.of()));

        RetentionRun run = runs.byId.get("retention/2026-12-07");
        assertThat(provider.asked).containsExactly("agreement.signed 2021-12-07T02:00:00Z");
        assertThat(provider.triggeredAt).isEmpty();
        assertThat(run.steps()).extracting(step -> step.feature() + " " + step.deleted() + " " + step.failure())
                .containsExactly("old 1 null", "broken 0 IllegalStateException");
        assertThat(reminders.pending()).extracting(Reminder::key).contains("retention/2026-12-08");

        provider.triggeredAt.put("agreement.signed", Instant.parse("2022-12-07T00:00:00Z"));
        clock.set(Instant.parse("2026-12-08T02:00:00Z"));
        assertThat(job.runNow("again").steps()).extracting(RetentionRun.Step::feature).containsExactly("broken");
    }
}
