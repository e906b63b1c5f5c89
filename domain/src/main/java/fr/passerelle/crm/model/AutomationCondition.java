package fr.passerelle.crm.model;

import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * One test a rule's event must pass, as data: a field among a fixed set, and the value it must have. A rule's
 * conditions must all hold.
 */
public record AutomationCondition(Field field, String value) {

    /** The event attribute naming the stage a deal's move reached, as the deal's events carry it. */
    public static final String TO_STAGE = CrmEvents.STAGE;
    /** The event attribute naming the stage a deal's move left. */
    public static final String FROM_STAGE = CrmEvents.FROM_STAGE;
    /** Largest amount a condition may name, in cents (ten billion euros): any real deal is below. */
    static final long MAX_AMOUNT_CENTS = 1_000_000_000_000L;

    /** What a condition tests. */
    public enum Field {
        /** The event moved a deal to this stage (id). */
        EVENT_TO_STAGE((c, f) -> c.value.equals(f.event().attribute(TO_STAGE))),
        /** The event moved a deal from this stage (id). */
        EVENT_FROM_STAGE((c, f) -> c.value.equals(f.event().attribute(FROM_STAGE))),
        /** The contact holds this role. */
        CONTACT_HAS_ROLE((c, f) -> f.facts().roles().contains(c.value)),
        /** The contact carries this tag. */
        CONTACT_HAS_TAG((c, f) -> f.facts().tags().contains(c.value)),
        /** The contact came from this source. */
        CONTACT_SOURCE((c, f) -> c.value.equals(f.facts().source())),
        /** The contact is in this situation. */
        CONTACT_SITUATION((c, f) -> c.value.equals(f.facts().situation())),
        /** The contact is at this lifecycle stage (for one of its target kinds). */
        CONTACT_STAGE((c, f) -> f.facts().stages().contains(c.value)),
        /** The task the event is about (a task's trigger) is owned by this staff member (token subject). */
        TASK_OWNER((c, f) -> c.value.equals(f.facts().taskOwner())),
        /** The deal is in this pipeline (id). */
        DEAL_PIPELINE((c, f) -> c.value.equals(f.facts().pipelineId())),
        /** The deal is at this stage (id) when the rule runs. */
        DEAL_STAGE((c, f) -> c.value.equals(f.facts().dealStageId())),
        /** The deal's expected amount is at least this many cents. */
        DEAL_AMOUNT_AT_LEAST((c, f) -> f.facts().amountCents() != null
                && f.facts().amountCents() >= Long.parseLong(c.value));

        private final BiPredicate<AutomationCondition, Subject> test;

        Field(BiPredicate<AutomationCondition, Subject> test) {
            this.test = test;
        }
    }

    /** What a condition is tested on: the event and the facts read for it. */
    public record Subject(AutomationEvent event, AutomationFacts facts) {
    }

    public AutomationCondition {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
    }

    /** The staff member the condition names (a task's owner), or null: personal data of the rule. */
    public String staffSubject() {
        return field == Field.TASK_OWNER ? value : null;
    }

    public boolean holdsFor(Subject subject) {
        return field.test.test(this, subject);
    }

    /** The condition as given, checked under {@code path}; null when it is not valid (reported in checks). */
    static AutomationCondition validated(Checks checks, String path, Field field, String value) {
        Field required = checks.required(path + ".field", field);
        String clean = checks.text(path + ".value", value, Limits.SHORT_TEXT);
        if (required == null || clean == null) {
            return null;
        }
        if (required == Field.DEAL_AMOUNT_AT_LEAST && !isAmount(clean)) {
            checks.add(path + ".value", ErrorCode.OUT_OF_RANGE, "error.automation.amount", MAX_AMOUNT_CENTS);
            return null;
        }
        return new AutomationCondition(required, clean);
    }

    private static boolean isAmount(String value) {
        if (value.length() > 13 || !value.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Long.parseLong(value) <= MAX_AMOUNT_CENTS;
    }
}
