package fr.passerelle.retention.service;

import fr.passerelle.audit.model.AuditEntry;
import fr.passerelle.audit.port.out.AuditTrail;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.retention.model.RetentionPolicy;
import fr.passerelle.retention.model.RetentionRun;
import fr.passerelle.retention.port.in.RetentionPolicyCommand;
import fr.passerelle.retention.port.in.RetentionUseCases;
import fr.passerelle.retention.port.out.RetentionPolicies;
import fr.passerelle.retention.port.out.RetentionRuns;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.port.Reminders;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads and changes the retention policies (audited, under optimistic locking) and the job's reports. */
public class RetentionService implements RetentionUseCases {

    static final String POLICY_CHANGED = "retention.policy_changed";
    static final String RUN_REQUESTED = "retention.run_requested";
    static final String TYPE = "RetentionPolicy";

    private final RetentionPolicies policies;
    private final RetentionRuns runs;
    private final Reminders reminders;
    private final AuditTrail audit;
    private final IdGenerator ids;
    private final Clock clock;

    public RetentionService(RetentionPolicies policies, RetentionRuns runs, Reminders reminders, AuditTrail audit,
                            IdGenerator ids, Clock clock) {
        this.policies = policies;
        this.runs = runs;
        this.reminders = reminders;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public List<RetentionPolicy> policies(Actor actor) {
        requireAdmin(actor);
        return policies.all();
    }

    @Override
    public RetentionPolicy update(Actor actor, String dataClass, RetentionPolicyCommand command,
                                  Long expectedVersion) {
        requireAdmin(actor);
        RetentionPolicy before = policies.find(dataClass).orElseThrow(() -> new NotFoundException(TYPE, dataClass));
        if (expectedVersion != null && expectedVersion != before.version()) {
            throw stale(expectedVersion, before.version());
        }
        Instant now = clock.instant();
        RetentionPolicy after = new RetentionPolicy(dataClass, command.trigger(), command.activeMonths(),
                command.archiveMonths(), command.basis(), before.version() + 1, now);
        List<String> changed = changedFields(before, after);
        if (changed.isEmpty()) {
            return before;
        }
        if (!policies.update(after)) {
            long current = policies.find(dataClass).map(RetentionPolicy::version).orElse(before.version());
            throw stale(before.version(), current);
        }
        audit.append(new AuditEntry(ids.newId(), POLICY_CHANGED, TYPE, dataClass, after.version(),
                actor.initiatorFor(null), changed, now));
        return after;
    }

    @Override
    public Page<RetentionRun> runs(Actor actor, Paging paging) {
        requireAdmin(actor);
        return runs.newestFirst(paging);
    }

    @Override
    public String requestRun(Actor actor) {
        requireAdmin(actor);
        String key = RetentionJob.KIND + "/requested/" + ids.newId();
        reminders.schedule(new Reminder(key, RetentionJob.KIND, clock.instant(), Map.of()));
        audit.append(new AuditEntry(ids.newId(), RUN_REQUESTED, "RetentionRun", key, 0, actor.initiatorFor(null),
                List.of(), clock.instant()));
        return key;
    }

    private static List<String> changedFields(RetentionPolicy before, RetentionPolicy after) {
        List<String> changed = new ArrayList<>();
        if (before.trigger() != after.trigger()) {
            changed.add("trigger");
        }
        if (before.activeMonths() != after.activeMonths()) {
            changed.add("activeMonths");
        }
        if (before.archiveMonths() != after.archiveMonths()) {
            changed.add("archiveMonths");
        }
        if (before.basis() != after.basis()) {
            changed.add("basis");
        }
        return changed;
    }

    private static BusinessRuleViolation stale(long read, long current) {
        return BusinessRuleViolation.of("expectedVersion", ErrorCode.STALE_VERSION, "error.version.stale", read,
                current);
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isPlatformAdmin()) {
            throw new ForbiddenException("error.forbidden.retention");
        }
    }
}
