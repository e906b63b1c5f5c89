package fr.passerelle.retention.service;

import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.port.PersonalDataProvider;
import fr.passerelle.retention.model.RetentionDefaults;
import fr.passerelle.retention.model.RetentionPolicy;
import fr.passerelle.retention.model.RetentionRun;
import fr.passerelle.retention.port.out.RetentionPolicies;
import fr.passerelle.retention.port.out.RetentionRuns;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The nightly retention run: every policy, through every provider's {@code expire} (a provider ignores the data
 * classes it does not declare), then one report. It is a stored reminder, one per night ({@code retention/<date>},
 * at 02:00 UTC), and each run schedules the next: so it runs once a night on one instance, and a night missed while
 * every instance was down runs at the next start. Expiring is idempotent, so a run retried after a crash only
 * repeats what it had done — and its report, keyed by the night, is stored once.
 */
public class RetentionJob implements ReminderHandler {

    static final String KIND = "retention";
    static final LocalTime AT = LocalTime.of(2, 0);

    private final RetentionPolicies policies;
    private final RetentionRuns runs;
    private final List<PersonalDataProvider> providers;
    private final Reminders reminders;
    private final Clock clock;

    public RetentionJob(RetentionPolicies policies, RetentionRuns runs, List<PersonalDataProvider> providers,
                        Reminders reminders, Clock clock) {
        this.policies = policies;
        this.runs = runs;
        this.providers = List.copyOf(providers);
        this.reminders = reminders;
        this.clock = clock;
    }

    /** At start-up: seeds the default policies and schedules tonight's run (both idempotent). */
    public void start() {
        Instant now = clock.instant();
        RetentionDefaults.policies(now).forEach(policies::seed);
        scheduleAfter(now);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(Reminder reminder) {
        RetentionRun run = runNow(reminder.key());
        runs.record(run);
        scheduleAfter(run.finishedAt());
    }

    /** Applies every policy now; the report is named {@code id}. */
    public RetentionRun runNow(String id) {
        Instant started = clock.instant();
        List<RetentionRun.Step> steps = new ArrayList<>();
        for (RetentionPolicy policy : policies.all()) {
            Instant before = policy.expiredBefore(started);
            for (PersonalDataProvider provider : providers) {
                steps.addAll(expire(provider, policy.dataClass(), before, started));
            }
        }
        return new RetentionRun(id, started, clock.instant(), steps);
    }

    /** A provider's outcome as a step of the report; nothing when it had nothing of the class to expire. */
    private static List<RetentionRun.Step> expire(PersonalDataProvider provider, String dataClass, Instant before,
                                                  Instant now) {
        try {
            ErasureOutcome outcome = provider.expire(dataClass, before, now);
            if (outcome.deleted() == 0 && outcome.pseudonymised() == 0) {
                return List.of();
            }
            return List.of(new RetentionRun.Step(dataClass, provider.feature(), before, outcome.deleted(),
                    outcome.pseudonymised(), null));
        } catch (RuntimeException failure) {
            // One provider failing must not keep the others from erasing what is due; tomorrow tries it again.
            return List.of(new RetentionRun.Step(dataClass, provider.feature(), before, 0, 0,
                    failure.getClass().getSimpleName()));
        }
    }

    private void scheduleAfter(Instant now) {
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        Instant tonight = today.atTime(AT).toInstant(ZoneOffset.UTC);
        LocalDate night = now.isBefore(tonight) ? today : today.plusDays(1);
        reminders.schedule(new Reminder(KIND + "/" + night, KIND, night.atTime(AT).toInstant(ZoneOffset.UTC),
                Map.of()));
    }
}
