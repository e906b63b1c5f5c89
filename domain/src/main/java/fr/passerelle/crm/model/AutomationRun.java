package fr.passerelle.crm.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one rule did with one event: recorded once (its id is the pair), holding ids only.
 *
 * @param effects what the actions changed, one line per action, ids only (e.g. {@code TASK_CREATED:<taskId>})
 * @param reason  why it was not applied, when it was not
 * @param error   for a failure, the business error's message key
 */
public record AutomationRun(String id, String schoolId, String ruleId, String eventId, AutomationTrigger trigger,
                            Outcome outcome, Reason reason, String error, List<String> effects, Instant ranAt) {

    /** How a run ended. */
    public enum Outcome {
        APPLIED, CONDITIONS_NOT_MET, SKIPPED_LOOP, FAILED
    }

    /** Why a run did not apply its actions. */
    public enum Reason {
        /** The event came from a change this very rule made (directly or down its chain). */
        OWN_CHANGE,
        /** The event came from a chain of {@link AutomationChain#MAX_DEPTH} rules already. */
        CHAIN_TOO_LONG,
        /** A condition did not hold. */
        CONDITION_FAILED,
        /** The event is not the rule's trigger (the rule was changed since the event was queued). */
        OTHER_TRIGGER,
        /** An action changes a deal, and the event concerns none. */
        NO_DEAL,
        /** An action changes a contact, and the event concerns none. */
        NO_CONTACT,
        /** The rule was disabled or deleted before it ran. */
        RULE_OFF,
        /** An action was refused (the business error says why). */
        ACTION_REFUSED
    }

    /** A decision before any action: the outcome and, when nothing is applied, why. */
    public record Verdict(Outcome outcome, Reason reason) {

        public static Verdict of(Outcome outcome, Reason reason) {
            return new Verdict(outcome, reason);
        }

        public boolean applies() {
            return outcome == Outcome.APPLIED;
        }
    }

    public AutomationRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(outcome, "outcome");
        effects = List.copyOf(effects);
    }

    /** The run's id: one per event and rule, so recording it twice records it once. */
    public static String idOf(String eventId, String ruleId) {
        return eventId + "/" + ruleId;
    }

    public static AutomationRun of(AutomationRule rule, AutomationEvent event, Verdict verdict, String error,
                                   List<String> effects, Instant now) {
        return new AutomationRun(idOf(event.id(), rule.id()), rule.schoolId(), rule.id(), event.id(), event.trigger(),
                verdict.outcome(), verdict.reason(), error, effects, now);
    }
}
