package fr.passerelle.crm.model;

import fr.passerelle.shared.model.Aggregate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a school wants done automatically when something happens in its CRM: on a trigger event, if every condition
 * holds, run the actions (at most {@link AutomationRuleDraft#MAX_ACTIONS}). Configuration as data, edited by the
 * school's admins; a rule starts disabled, so its dry run can be read first.
 *
 * @param afterWorkingDays the trigger's delay, for {@link AutomationTrigger#CONTACT_NO_REPLY} (1–30); null for others
 * @param lastSkip the latest run skipped to stop a loop, when one was (bookkeeping, kept without a version bump)
 * @param deleted  a deleted rule keeps its document, so its runs still name it, but is listed and run no more
 */
public record AutomationRule(String id, String schoolId, String name, boolean enabled, AutomationTrigger trigger,
                             Integer afterWorkingDays, List<AutomationCondition> conditions, List<AutomationAction> actions, LoopSkip lastSkip,
                             boolean deleted, String createdBy, Instant createdAt, Instant updatedAt, long version)
        implements Aggregate {

    /** A run skipped because firing would have looped. */
    public record LoopSkip(String eventId, AutomationRun.Reason reason, Instant at) {
    }

    public AutomationRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(trigger, "trigger");
        conditions = List.copyOf(conditions);
        actions = List.copyOf(actions);
    }

    public static AutomationRule create(String id, String schoolId, AutomationRuleDraft.Valid definition,
                                        String createdBy, Instant now) {
        return new AutomationRule(id, schoolId, definition.name(), false, definition.trigger(),
                definition.afterWorkingDays(), definition.conditions(), definition.actions(), null, false, createdBy, now, now, 0);
    }

    public AutomationRule redefine(AutomationRuleDraft.Valid definition, Instant now) {
        return new AutomationRule(id, schoolId, definition.name(), enabled, definition.trigger(),
                definition.afterWorkingDays(), definition.conditions(), definition.actions(), lastSkip, deleted, createdBy, createdAt, now, version);
    }

    /** This rule switched on or off; the same object when it already is. */
    public AutomationRule withEnabled(boolean on, Instant now) {
        return on == enabled ? this : new AutomationRule(id, schoolId, name, on, trigger, afterWorkingDays, conditions,
                actions,
                lastSkip, deleted, createdBy, createdAt, now, version);
    }

    public AutomationRule delete(Instant now) {
        return new AutomationRule(id, schoolId, name, false, trigger, afterWorkingDays, conditions, actions,
                lastSkip, true,
                createdBy, createdAt, now, version);
    }

    /**
     * The staff members the rule names (owners to assign, people to notify, a task owner it tests): its only personal
     * data.
     */
    public Set<String> staffSubjects() {
        return Stream.concat(actions.stream().map(AutomationAction::staffSubject),
                        conditions.stream().map(AutomationCondition::staffSubject))
                .filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * What this rule does with an event, given the facts read for it: nothing when the event is not its trigger or a
     * condition fails; skipped, when it would act, if the event comes from a change this rule already made in its
     * chain or the chain is as long as allowed (only a rule that would act is looping); otherwise applied, provided
     * the event concerns the deal or contact its actions change.
     */
    public AutomationRun.Verdict judge(AutomationEvent event, AutomationFacts facts) {
        if (event.trigger() != trigger || afterWorkingDays != null
                && !afterWorkingDays.toString().equals(event.attribute(ContactEvents.DAYS))) {
            // a no-reply event is the trigger of the rules waiting that many working days only
            return AutomationRun.Verdict.of(AutomationRun.Outcome.CONDITIONS_NOT_MET, AutomationRun.Reason.OTHER_TRIGGER);
        }
        var subject = new AutomationCondition.Subject(event, facts);
        if (!conditions.stream().allMatch(c -> c.holdsFor(subject))) {
            return AutomationRun.Verdict.of(AutomationRun.Outcome.CONDITIONS_NOT_MET,
                    AutomationRun.Reason.CONDITION_FAILED);
        }
        AutomationChain chain = event.chain();
        if (chain.contains(id)) {
            return AutomationRun.Verdict.of(AutomationRun.Outcome.SKIPPED_LOOP, AutomationRun.Reason.OWN_CHANGE);
        }
        if (chain.full()) {
            return AutomationRun.Verdict.of(AutomationRun.Outcome.SKIPPED_LOOP, AutomationRun.Reason.CHAIN_TOO_LONG);
        }
        boolean missingDeal = facts.dealId() == null && actions.stream().anyMatch(a -> a.kind().needsDeal()
                || a.kind() == AutomationAction.Kind.CREATE_TASK && a.target() == null);
        boolean missingContact = facts.contactId() == null && actions.stream().anyMatch(a -> a.kind().needsContact());
        if (missingDeal || missingContact) {
            return AutomationRun.Verdict.of(AutomationRun.Outcome.CONDITIONS_NOT_MET,
                    missingDeal ? AutomationRun.Reason.NO_DEAL : AutomationRun.Reason.NO_CONTACT);
        }
        return AutomationRun.Verdict.of(AutomationRun.Outcome.APPLIED, null);
    }

    /** The chain of the changes this rule makes on the event. */
    public AutomationCause causeOn(AutomationEvent event) {
        return new AutomationCause(id, name, event.id(), event.chain().then(id));
    }
}
