package fr.passerelle.crm.model;

import fr.passerelle.shared.model.WorkingDays;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A rule's definition as given by a school admin, before validation. Every count and length is bounded here, before
 * anything is done with it.
 */
public record AutomationRuleDraft(String name, AutomationTrigger trigger, Integer afterWorkingDays,
                                  List<ConditionDraft> conditions, List<ActionDraft> actions) {

    /** At most this many conditions: a rule reads in one glance. */
    public static final int MAX_CONDITIONS = 10;
    /** At most this many actions per rule. */
    public static final int MAX_ACTIONS = 5;
    /** The longest wait a "no reply" trigger may name, in working days (six weeks). */
    public static final int MAX_NO_REPLY_WORKING_DAYS = 30;

    /** A condition as given. */
    public record ConditionDraft(AutomationCondition.Field field, String value) {
    }

    /** An action as given. */
    public record ActionDraft(AutomationAction.Kind kind, String target, String title, Integer dueInWorkingDays) {
    }

    /** The definition, checked. */
    public record Valid(String name, AutomationTrigger trigger, Integer afterWorkingDays,
                        List<AutomationCondition> conditions, List<AutomationAction> actions) {

        public Valid {
            conditions = List.copyOf(conditions);
            actions = List.copyOf(actions);
        }

        /** The stage ids the definition moves deals to or tests (they must be the school's). */
        public List<String> stageIds() {
            return Stream.concat(
                    actions.stream().filter(a -> a.kind() == AutomationAction.Kind.MOVE_DEAL)
                            .map(AutomationAction::target),
                    conditions.stream().filter(c -> STAGE_FIELDS.contains(c.field()))
                            .map(AutomationCondition::value)).distinct().toList();
        }

        /** The pipeline ids the definition tests (they must be the school's). */
        public List<String> pipelineIds() {
            return conditions.stream().filter(c -> c.field() == AutomationCondition.Field.DEAL_PIPELINE)
                    .map(AutomationCondition::value).distinct().toList();
        }
    }

    private static final Set<AutomationCondition.Field> STAGE_FIELDS = EnumSet.of(
            AutomationCondition.Field.EVENT_TO_STAGE, AutomationCondition.Field.EVENT_FROM_STAGE,
            AutomationCondition.Field.DEAL_STAGE);

    /** @throws fr.passerelle.shared.validation.BusinessRuleViolation listing every problem, each under its path */
    public Valid validate() {
        var checks = new Checks();
        String cleanName = checks.text("name", name, Limits.SHORT_TEXT);
        AutomationTrigger cleanTrigger = checks.required("trigger", trigger);
        Integer cleanDays = null;
        if (cleanTrigger == AutomationTrigger.CONTACT_NO_REPLY) {
            cleanDays = checks.count("afterWorkingDays", checks.required("afterWorkingDays", afterWorkingDays), 1,
                    MAX_NO_REPLY_WORKING_DAYS);
        } else if (afterWorkingDays != null) {
            checks.add("afterWorkingDays", ErrorCode.INVALID, "error.automation.delay-not-allowed");
        }
        List<AutomationCondition> cleanConditions = new ArrayList<>();
        List<ConditionDraft> givenConditions = conditions == null ? List.of() : conditions;
        if (givenConditions.size() > MAX_CONDITIONS) {
            checks.add("conditions", ErrorCode.OUT_OF_RANGE, "error.list.too-long", MAX_CONDITIONS);
        } else {
            for (int i = 0; i < givenConditions.size(); i++) {
                ConditionDraft c = givenConditions.get(i);
                AutomationCondition condition = c == null ? null
                        : AutomationCondition.validated(checks, "conditions." + i, c.field(), c.value());
                if (condition != null && !cleanConditions.contains(condition)) {
                    cleanConditions.add(condition);
                }
            }
        }
        List<AutomationAction> cleanActions = new ArrayList<>();
        List<ActionDraft> givenActions = actions == null ? List.of() : actions;
        if (givenActions.isEmpty()) {
            checks.add("actions", ErrorCode.REQUIRED, "error.automation.no-action");
        } else if (givenActions.size() > MAX_ACTIONS) {
            checks.add("actions", ErrorCode.OUT_OF_RANGE, "error.list.too-long", MAX_ACTIONS);
        } else {
            for (int i = 0; i < givenActions.size(); i++) {
                ActionDraft a = givenActions.get(i);
                AutomationAction action = a == null ? null : AutomationAction.validated(checks, "actions." + i,
                        a.kind(), a.target(), a.title(), a.dueInWorkingDays());
                if (action != null) {
                    cleanActions.add(action);
                }
            }
        }
        checks.throwIfAny();
        return new Valid(cleanName, cleanTrigger, cleanDays, cleanConditions, cleanActions);
    }
}
