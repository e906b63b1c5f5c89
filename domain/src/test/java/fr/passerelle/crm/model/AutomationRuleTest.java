package fr.passerelle.crm.model;

import fr.passerelle.shared.model.WorkingDays;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.rules.PublicHolidays;
import fr.passerelle.crm.model.AutomationAction.Kind;
import fr.passerelle.crm.model.AutomationCondition.Field;
import fr.passerelle.crm.model.AutomationRuleDraft.ActionDraft;
import fr.passerelle.crm.model.AutomationRuleDraft.ConditionDraft;
import fr.passerelle.crm.model.AutomationRun.Outcome;
import fr.passerelle.crm.model.AutomationRun.Reason;
import fr.passerelle.testing.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AutomationRuleTest {

    private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
    private static final ActionDraft TASK = new ActionDraft(Kind.CREATE_TASK, null, "Vérifier le dossier", 2);
    private static final AutomationFacts DEAL = new AutomationFacts("deal-1", "pipeline-1", "funding", 250_000L,
            "owner-1", "contact-1", Set.of("PROSPECT"), Set.of("vip"), "SEO", "JOB_SEEKER", Set.of("DECISION"), null);

    @Test
    void a_rule_on_a_move_applies_only_to_moves_to_its_stage() {
        AutomationRule rule = rule(List.of(new ConditionDraft(Field.EVENT_TO_STAGE, "funding")), List.of(TASK));

        assertThat(rule.judge(move("e1", "funding", Map.of()), DEAL).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(rule.judge(move("e2", "lost", Map.of()), DEAL))
                .isEqualTo(AutomationRun.Verdict.of(Outcome.CONDITIONS_NOT_MET, Reason.CONDITION_FAILED));
    }

    @Test
    void all_conditions_must_hold_on_the_event_the_contact_and_the_deal() {
        AutomationRule rule = rule(List.of(new ConditionDraft(Field.EVENT_FROM_STAGE, "interested"),
                new ConditionDraft(Field.CONTACT_HAS_TAG, "vip"), new ConditionDraft(Field.CONTACT_SOURCE, "SEO"),
                new ConditionDraft(Field.DEAL_AMOUNT_AT_LEAST, "200000")), List.of(TASK));
        AutomationEvent fromInterested = move("e1", "funding", Map.of(AutomationCondition.FROM_STAGE, "interested"));

        assertThat(rule.judge(fromInterested, DEAL).applies()).isTrue();
        AutomationFacts small = new AutomationFacts("deal-1", "pipeline-1", "funding", 100_000L, "owner-1",
                "contact-1", Set.of(), Set.of("vip"), "SEO", null, Set.of(), null);
        assertThat(rule.judge(fromInterested, small).applies()).isFalse();
        AutomationFacts untagged = new AutomationFacts("deal-1", "pipeline-1", "funding", 250_000L, "owner-1",
                "contact-1", Set.of(), Set.of(), "SEO", null, Set.of(), null);
        assertThat(rule.judge(fromInterested, untagged).applies()).isFalse();
    }

    @Test
    void a_task_for_the_deal_owner_needs_a_deal() {
        AutomationRule rule = rule(List.of(), List.of(TASK));

        assertThat(rule.judge(move("e1", "funding", Map.of()), AutomationFacts.NONE))
                .isEqualTo(AutomationRun.Verdict.of(Outcome.CONDITIONS_NOT_MET, Reason.NO_DEAL));
    }

    @Test
    void a_rule_never_fires_on_a_change_it_made_even_down_a_chain() {
        AutomationRule rule = rule(List.of(), List.of(TASK));
        AutomationEvent original = move("e1", "funding", Map.of());
        AutomationCause cause = rule.causeOn(original);
        AutomationRule other = rule(List.of(), List.of(TASK));
        AutomationEvent byOther = move("e3", "funding",
                other.causeOn(move("e2", "funding", cause.eventAttributes())).eventAttributes());

        assertThat(cause.chain().ruleIds()).containsExactly(rule.id());
        assertThat(cause.eventAttributes()).containsEntry(AutomationChain.RULE, rule.id());
        assertThat(rule.judge(move("e2", "funding", cause.eventAttributes()), DEAL))
                .isEqualTo(AutomationRun.Verdict.of(Outcome.SKIPPED_LOOP, Reason.OWN_CHANGE));
        assertThat(rule.judge(byOther, DEAL).reason()).isEqualTo(Reason.OWN_CHANGE);
    }

    @Test
    void chains_stop_after_three_rules() {
        AutomationRule fourth = rule(List.of(), List.of(TASK));
        AutomationEvent afterThree = move("e4", "funding",
                new AutomationChain(List.of("r1", "r2", "r3")).attributes());
        AutomationEvent afterTwo = move("e3", "funding", new AutomationChain(List.of("r1", "r2")).attributes());

        assertThat(fourth.judge(afterThree, DEAL))
                .isEqualTo(AutomationRun.Verdict.of(Outcome.SKIPPED_LOOP, Reason.CHAIN_TOO_LONG));
        assertThat(fourth.judge(afterTwo, DEAL).applies()).isTrue();
        assertThat(fourth.causeOn(afterTwo).chain().depth()).isEqualTo(AutomationChain.MAX_DEPTH);
    }

    @Test
    void definitions_are_bounded_and_complete() {
        List<ActionDraft> sixActions = Collections.nCopies(6, TASK);
        List<ConditionDraft> elevenConditions = Collections.nCopies(11, new ConditionDraft(Field.CONTACT_HAS_TAG, "x"));

        assertThat(Violations.pathsAndCodesThrownBy(() -> draft(List.of(), sixActions).validate()))
                .containsExactly("actions OUT_OF_RANGE");
        assertThat(Violations.pathsAndCodesThrownBy(() -> draft(elevenConditions, List.of(TASK)).validate()))
                .containsExactly("conditions OUT_OF_RANGE");
        assertThat(Violations.pathsAndCodesThrownBy(() -> new AutomationRuleDraft(" ", null, null, null, List.of())
                .validate())).containsExactlyInAnyOrder("name REQUIRED", "trigger REQUIRED", "actions REQUIRED");
        assertThat(Violations.pathsAndCodesThrownBy(() -> draft(
                List.of(new ConditionDraft(Field.DEAL_AMOUNT_AT_LEAST, "12.5"),
                        new ConditionDraft(Field.CONTACT_SOURCE, "x".repeat(81))),
                List.of(new ActionDraft(Kind.CREATE_TASK, null, "Relancer", 61),
                        new ActionDraft(Kind.MOVE_DEAL, null, null, null),
                        new ActionDraft(Kind.CREATE_TASK, null, null, null))).validate()))
                .containsExactlyInAnyOrder("conditions.0.value OUT_OF_RANGE", "conditions.1.value TOO_LONG",
                        "actions.0.dueInWorkingDays OUT_OF_RANGE", "actions.1.target REQUIRED",
                        "actions.2.title REQUIRED", "actions.2.dueInWorkingDays REQUIRED");
    }

    @Test
    void a_no_reply_rule_takes_a_delay_of_1_to_30_working_days_and_no_other_rule_takes_one() {
        ActionDraft tag = new ActionDraft(Kind.ADD_TAG, "sans-reponse", null, null);

        for (Integer days : new Integer[] {null, 0, 31}) {
            assertThat(Violations.pathsAndCodesThrownBy(() -> new AutomationRuleDraft("Relance",
                    AutomationTrigger.CONTACT_NO_REPLY, days, null, List.of(tag)).validate()))
                    .containsExactly(days == null ? "afterWorkingDays REQUIRED" : "afterWorkingDays OUT_OF_RANGE");
        }
        assertThat(Violations.pathsAndCodesThrownBy(() -> new AutomationRuleDraft("Relance",
                AutomationTrigger.DEAL_MOVED, 5, null, List.of(tag)).validate()))
                .containsExactly("afterWorkingDays INVALID");
        assertThat(new AutomationRuleDraft("Relance", AutomationTrigger.CONTACT_NO_REPLY, 30, null, List.of(tag))
                .validate().afterWorkingDays()).isEqualTo(30);
    }

    @Test
    void a_no_reply_event_runs_only_the_rules_waiting_that_many_working_days() {
        AutomationRule fiveDays = AutomationRule.create("r5", "s1", new AutomationRuleDraft("Relance",
                AutomationTrigger.CONTACT_NO_REPLY, 5, null, List.of(new ActionDraft(Kind.ADD_TAG, "relance", null,
                null))).validate(), "admin", NOW);
        AutomationFacts contact = new AutomationFacts(null, null, null, null, null, "contact-1", Set.of(),
                Set.of(), null, null, Set.of(), null);

        assertThat(fiveDays.judge(noReply("e1", "5"), contact).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(fiveDays.judge(noReply("e2", "2"), contact))
                .isEqualTo(AutomationRun.Verdict.of(Outcome.CONDITIONS_NOT_MET, Reason.OTHER_TRIGGER));
    }

    @Test
    void a_task_owner_condition_tests_the_events_task_and_names_staff() {
        AutomationRule rule = AutomationRule.create("r-owner", "s1", new AutomationRuleDraft("Retards d'Amina",
                AutomationTrigger.TASK_OVERDUE, null, List.of(new ConditionDraft(Field.TASK_OWNER, "amina")),
                List.of(new ActionDraft(Kind.NOTIFY_STAFF, "bruno", null, null))).validate(), "admin", NOW);
        AutomationEvent overdue = new AutomationEvent("e1", "s1", AutomationTrigger.TASK_OVERDUE, "Task", "task-1",
                NOW, Map.of(CrmEvents.SCHOOL, "s1", CrmEvents.TASK, "task-1"));
        AutomationFacts ofAmina = new AutomationFacts(null, null, null, null, null, "contact-1", Set.of(), Set.of(),
                null, null, Set.of(), "amina");
        AutomationFacts ofBruno = new AutomationFacts(null, null, null, null, null, "contact-1", Set.of(), Set.of(),
                null, null, Set.of(), "bruno");

        assertThat(rule.judge(overdue, ofAmina).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(rule.judge(overdue, ofBruno).reason()).isEqualTo(Reason.CONDITION_FAILED);
        assertThat(rule.staffSubjects()).containsExactlyInAnyOrder("amina", "bruno");
    }

    private static AutomationEvent noReply(String id, String days) {
        return new AutomationEvent(id, "s1", AutomationTrigger.CONTACT_NO_REPLY, "Contact", "contact-1", NOW,
                Map.of(ContactEvents.DAYS, days, CrmEvents.SCHOOL, "s1"));
    }

    @Test
    void a_task_falls_due_after_working_days_skipping_weekends_and_french_holidays() {
        AutomationAction inTwo = new AutomationAction(Kind.CREATE_TASK, null, "Relancer", 2);
        AutomationAction sameDay = new AutomationAction(Kind.CREATE_TASK, null, "Relancer", 0);

        // Thursday 7 May 2026: Friday 8 May is Victory Day, then a weekend.
        assertThat(inTwo.dueAt(LocalDate.of(2026, 5, 7), PublicHolidays.france()))
                .isEqualTo(Instant.parse("2026-05-12T16:00:00Z"));
        // Saturday: the next working day.
        assertThat(sameDay.dueAt(LocalDate.of(2026, 5, 9), PublicHolidays.france()))
                .isEqualTo(Instant.parse("2026-05-11T16:00:00Z"));
    }

    @Test
    void the_run_of_a_rule_on_an_event_has_one_key() {
        assertThat(AutomationRun.idOf("event-1", "rule-1")).isEqualTo(AutomationRun.idOf("event-1", "rule-1"))
                .isNotEqualTo(AutomationRun.idOf("event-1", "rule-2"));
    }

    private static int sequence;

    static AutomationRule rule(List<ConditionDraft> conditions, List<ActionDraft> actions) {
        return AutomationRule.create("rule-" + ++sequence, "s1", draft(conditions, actions).validate(), "admin", NOW);
    }

    static AutomationRuleDraft draft(List<ConditionDraft> conditions, List<ActionDraft> actions) {
        return new AutomationRuleDraft("En attente de financement", AutomationTrigger.DEAL_MOVED, null,
                conditions, actions);
    }

    static AutomationEvent move(String id, String toStage, Map<String, String> more) {
        Map<String, String> attributes = new HashMap<>(more);
        attributes.put(AutomationCondition.TO_STAGE, toStage);
        return new AutomationEvent(id, "s1", AutomationTrigger.DEAL_MOVED, "Deal", "deal-1", NOW, attributes);
    }
}
