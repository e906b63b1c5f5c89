package fr.passerelle.learner.service;

import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerEvents;
import fr.passerelle.learner.port.in.DuplicateProfiles;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Clock;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Detaching and merging duplicate profiles. Only the duplicate's document is written (one aggregate, one atomic
 * change): the kept profile is read to check the rule, never changed.
 */
public class DuplicateProfileService implements DuplicateProfiles {

    static final int REASON_MAX_LENGTH = 500;

    private final Learners learners;
    private final EventFactory events;
    private final Clock clock;

    public DuplicateProfileService(Learners learners, EventFactory events, Clock clock) {
        this.learners = learners;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Learner detach(Actor actor, String learnerId, String reason) {
        resolvable(actor, learnerId);
        var checks = new Checks();
        String why = checks.text("reason", reason, REASON_MAX_LENGTH);
        checks.throwIfAny();
        return change(actor, learnerId, "id", LearnerEvents.DETACHED,
                learner -> learner.detached(why, actor.subject(), clock.instant()));
    }

    @Override
    public Learner merge(Actor actor, String keepId, String duplicateId) {
        Learner duplicate = resolvable(actor, duplicateId);
        Learner kept = resolvable(actor, keepId);
        if (kept.id().equals(duplicate.id())) {
            throw BusinessRuleViolation.of("duplicateId", ErrorCode.INVALID, "error.duplicate.same-profile");
        }
        if (kept.isMerged()) {
            throw BusinessRuleViolation.of("keepId", ErrorCode.INVALID_STATE,
                    "error.duplicate.kept-merged");
        }
        change(actor, duplicateId, "duplicateId", LearnerEvents.MERGED, current -> {
            sameRecord(kept, current);
            return current.mergedInto(kept.id(), actor.subject(), clock.instant());
        });
        return kept;
    }

    /** Only the same person (e-mail) in the same school: another school's row is that school's record. */
    private static void sameRecord(Learner kept, Learner duplicate) {
        if (!kept.identity().email().equals(duplicate.identity().email())) {
            throw BusinessRuleViolation.of("duplicateId", ErrorCode.INVALID,
                    "error.duplicate.other-email");
        }
        if (!Objects.equals(kept.academic().schoolId(), duplicate.academic().schoolId())) {
            throw BusinessRuleViolation.of("duplicateId", ErrorCode.INVALID,
                    "error.duplicate.other-school");
        }
    }

    /**
     * Each attempt re-reads the profile and re-checks the actor and its state, so a profile claimed meanwhile is never
     * detached or merged away.
     */
    private Learner change(Actor actor, String learnerId, String field, String eventType,
                           UnaryOperator<Learner> change) {
        return new VersionedChange<>(() -> unclaimed(resolvable(actor, learnerId), field), Learner::version,
                (before, after) -> learners.update(after, events.changed(eventType,
                        LearnerService.initiator(actor, after), before, after, LearnerService.attributes(after))))
                .apply(null, change);
    }

    /** Missing or invisible is not found; visible (the actor's own school's) but not an advisor's is forbidden. */
    private Learner resolvable(Actor actor, String learnerId) {
        Learner learner = learners.findById(learnerId).filter(l -> LearnerAccess.canRead(actor, l))
                .orElseThrow(() -> new NotFoundException("Learner", learnerId));
        if (!LearnerAccess.canResolveDuplicates(actor)) {
            throw new ForbiddenException("error.forbidden.duplicates");
        }
        return learner;
    }

    private static Learner unclaimed(Learner learner, String field) {
        if (learner.subject() != null) {
            throw BusinessRuleViolation.of(field, ErrorCode.INVALID_STATE,
                    "error.duplicate.claimed");
        }
        return learner;
    }
}
