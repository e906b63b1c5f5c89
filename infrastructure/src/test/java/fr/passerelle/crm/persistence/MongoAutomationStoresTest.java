package fr.passerelle.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.crm.model.AutomationAction;
import fr.passerelle.crm.model.AutomationCondition;
import fr.passerelle.crm.model.AutomationEvent;
import fr.passerelle.crm.model.AutomationRule;
import fr.passerelle.crm.model.AutomationRuleDraft;
import fr.passerelle.crm.model.AutomationRun;
import fr.passerelle.crm.model.AutomationTrigger;
import fr.passerelle.crm.port.out.AutomationEventLog;
import fr.passerelle.crm.port.out.AutomationRules;
import fr.passerelle.crm.port.out.AutomationRuns;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/** The automation stores: rules round trip and lookups, the run log recorded once and paged, the event log. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class MongoAutomationStoresTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    private AutomationRules rules;

    @Autowired
    private AutomationRuns runs;

    @Autowired
    private AutomationEventLog log;

    @Autowired
    private EventFactory events;

    @Autowired
    private MongoOperations mongo;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(mongo);
    }

    @Test
    void a_rule_round_trips_and_is_found_by_its_enabled_trigger() {
        AutomationRule rule = rules.insert(rule("r1", "s1"), events.created("automationRule.created",
                Initiator.system(), rule("r1", "s1"), Map.of()));
        assertThat(rules.findById("r1")).contains(rule);
        assertThat(rules.hasEnabled("s1", AutomationTrigger.DEAL_MOVED)).isFalse();

        AutomationRule enabled = rules.update(rule.withEnabled(true, T0), events.changed("automationRule.enabled",
                Initiator.system(), rule, rule.withEnabled(true, T0), Map.of()));
        rules.noteSkip("r1", new AutomationRule.LoopSkip("e1", AutomationRun.Reason.OWN_CHANGE, T0));

        AutomationRule stored = rules.findById("r1").orElseThrow();
        assertThat(stored.version()).isEqualTo(enabled.version()).isEqualTo(1);
        assertThat(stored.lastSkip()).isEqualTo(new AutomationRule.LoopSkip("e1", AutomationRun.Reason.OWN_CHANGE, T0));
        assertThat(rules.hasEnabled("s1", AutomationTrigger.DEAL_MOVED)).isTrue();
        assertThat(rules.hasEnabled("s2", AutomationTrigger.DEAL_MOVED)).isFalse();
        assertThat(rules.hasEnabled("s1", AutomationTrigger.DEAL_WON)).isFalse();
        assertThat(rules.findEnabled("s1", AutomationTrigger.DEAL_MOVED)).extracting(AutomationRule::id)
                .containsExactly("r1");
        assertThat(rules.countBySchool("s1")).isEqualTo(1);
        assertThat(rules.findBySchool("s1", 10)).hasSize(1);
    }

    @Test
    void a_run_is_recorded_once_and_listed_newest_first_by_keyset() {
        for (int i = 0; i < 5; i++) {
            assertThat(runs.record(run("e" + i, T0.plusSeconds(i)))).isTrue();
        }
        assertThat(runs.record(run("e0", T0.plusSeconds(99)))).isFalse();
        runs.record(new AutomationRun(AutomationRun.idOf("e9", "other"), "s1", "other", "e9",
                AutomationTrigger.DEAL_MOVED, AutomationRun.Outcome.APPLIED, null, null, List.of(), T0));

        Page<AutomationRun> first = runs.ofRule("r1", Paging.first(2, null));
        Page<AutomationRun> second = runs.ofRule("r1", Paging.first(2, first.keys().get(1)));
        Page<AutomationRun> last = runs.ofRule("r1", Paging.first(2, second.keys().get(1)));

        assertThat(first.items()).extracting(AutomationRun::eventId).containsExactly("e4", "e3");
        assertThat(second.items()).extracting(AutomationRun::eventId).containsExactly("e2", "e1");
        assertThat(last.items()).extracting(AutomationRun::eventId).containsExactly("e0");
        assertThat(last.hasNextPage()).isFalse();
        assertThat(runs.findById(AutomationRun.idOf("e0", "r1")).orElseThrow().ranAt()).isEqualTo(T0);
        assertThat(runs.findById(AutomationRun.idOf("e0", "r1")).orElseThrow().effects())
                .containsExactly("TASK_CREATED:task-e0");
    }

    @Test
    void the_event_log_keeps_each_event_once_newest_first_and_forgets_old_ones() {
        log.record(event("old", "s1", T0.minusSeconds(60)));
        log.record(event("a", "s1", T0));
        log.record(event("a", "s1", T0));
        log.record(event("b", "s1", T0.plusSeconds(1)));
        log.record(event("c", "s2", T0.plusSeconds(2)));

        assertThat(log.recent("s1", T0, 10)).extracting(AutomationEvent::id).containsExactly("b", "a");
        assertThat(log.recent("s1", T0.minusSeconds(3600), 1)).extracting(AutomationEvent::id).containsExactly("b");
        assertThat(log.findById("a").orElseThrow().attributes()).containsEntry("stageId", "funding");
        assertThat(log.forgetBefore(T0)).isEqualTo(1);
        assertThat(log.findById("old")).isEmpty();
    }

    private static AutomationRule rule(String id, String schoolId) {
        return AutomationRule.create(id, schoolId, new AutomationRuleDraft("Financement", AutomationTrigger.DEAL_MOVED, null,
                List.of(new AutomationRuleDraft.ConditionDraft(AutomationCondition.Field.EVENT_TO_STAGE, "funding")),
                List.of(new AutomationRuleDraft.ActionDraft(AutomationAction.Kind.CREATE_TASK, null, "Vérifier", 2)))
                .validate(), "admin", T0);
    }

    private static AutomationRun run(String eventId, Instant at) {
        return new AutomationRun(AutomationRun.idOf(eventId, "r1"), "s1", "r1", eventId, AutomationTrigger.DEAL_MOVED,
                AutomationRun.Outcome.APPLIED, null, null, List.of("TASK_CREATED:task-" + eventId), at);
    }

    private static AutomationEvent event(String id, String schoolId, Instant at) {
        return new AutomationEvent(id, schoolId, AutomationTrigger.DEAL_MOVED, "Deal", "deal-1", at,
                Map.of("stageId", "funding"));
    }
}
