package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.api.graphql.GlobalIds;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A school's automation rules over GraphQL: configured by its admin, run from the event relay as durable jobs once per
 * event, their changes naming the rule; dry-run over recent events; invisible to every other school.
 */
class CrmAutomationsTest extends ApiTest {

    static final String CREATE_RULE = """
            mutation($school: ID!, $input: AutomationRuleInput!) { automationRuleCreate(schoolId: $school, input: $input) {
              userErrors { field code } automationRule { id name enabled trigger version
                conditions { field value } actions { kind title dueInWorkingDays } } } }""";
    static final String ENABLE = """
            mutation($id: ID!, $v: Int) { automationRuleEnable(id: $id, expectedVersion: $v) {
              userErrors { field code } automationRule { id enabled version } } }""";
    static final String RULES = "query($school: ID!) { automationRules(schoolId: $school) { id name enabled } }";
    static final String RUNS = """
            query($rule: ID!) { automationRuns(ruleId: $rule, first: 10) {
              edges { node { eventId trigger outcome reason effects } } pageInfo { hasNextPage } } }""";
    static final String DRY_RUN = """
            query($school: ID!, $input: AutomationRuleInput!) { automationRuleDryRun(schoolId: $school, input: $input) {
              scanned truncated hits { eventId aggregateId outcome reason actions { kind title } } } }""";
    static final String PIPELINES = "query($school: ID!) { pipelines(schoolId: $school) { id stages { id name } } }";
    static final String CREATE_CONTACT = """
            mutation($school: ID!, $input: ContactCreateInput!) { contactCreate(schoolId: $school, input: $input) {
              userErrors { field code } contact { id } } }""";
    static final String CREATE_DEAL = """
            mutation($school: ID!, $input: DealCreateInput!) { dealCreate(schoolId: $school, input: $input) {
              userErrors { field code } deal { id version } } }""";
    static final String MOVE = """
            mutation($id: ID!, $input: DealMoveInput!) { dealMove(id: $id, input: $input) {
              userErrors { field code } deal { id } } }""";
    static final String DEAL = """
            query($id: ID!) { node(id: $id) { ... on Deal { nextTask { id title ownerSubject automationRuleId
              automationReason } history { toStageName by automationRuleId } } } }""";
    static final String DEAL_CONTACT = "query($id: ID!) { node(id: $id) { ... on Deal { contact { id } } } }";
    static final String RULE_NODE = "query($id: ID!) { node(id: $id) { ... on AutomationRule { id } } }";
    static final String TASK_CREATE = """
            mutation($school: ID!, $input: CrmTaskInput!) { crmTaskCreate(schoolId: $school, input: $input) {
              userErrors { field code } task { id } } }""";
    static final String MY_TASKS = """
            query { myCrmTasks(due: UPCOMING, first: 50) { edges { node { title } } } }""";
    static final String LOG = """
            mutation($contact: ID!, $input: InteractionLogInput!) { interactionLog(contactId: $contact, input: $input) {
              userErrors { field code } interaction { id } } }""";
    static final String CONTACT_TAGS = "query($id: ID!) { node(id: $id) { ... on Contact { tags } } }";
    static final String TIMELINE = """
            query($contact: ID!) { contactTimeline(contactId: $contact, first: 50) { edges { node { label } } } }""";
    static final String RULE_SKIP = """
            query($id: ID!) { node(id: $id) { ... on AutomationRule { lastLoopSkip { eventId reason at } } } }""";

    /**
     * A no-reply rule acts three durable hops after the interaction (the check, the event's relay, the rule's run),
     * each behind whatever the shared context's job queue holds (start-up's demo data first): more than one hop's
     * patience.
     */
    private static final Duration CHAIN_PATIENCE = Fixtures.PATIENCE.multipliedBy(3);

    private String school;
    private Newcomers.Person admin;
    private String admissions;
    private String admissionsSubject;

    @BeforeEach
    void school() {
        school = given.newSchool("Automations " + UUID.randomUUID());
        admin = people.newcomer();
        join(school, admin, "SCHOOL_ADMIN");
        var advisor = people.newcomer();
        join(school, advisor, "ADMISSIONS");
        admissions = advisor.token();
        admissionsSubject = advisor.subject();
    }

    @Test
    void aDealMovedToFundingGetsItsTaskOnceByTheRuleAndTheDryRunShowsIt() {
        String funding = stage("En attente de financement");
        Map<String, Object> input = fundingRule(funding);
        var refused = api.queryWithToken(admissions, CREATE_RULE, Map.of("school", school, "input", input));
        assertThat(refused.errorClassification()).isEqualTo("FORBIDDEN");

        var created = Fixtures.assertSucceeded(api.queryWithToken(admin.token(), CREATE_RULE,
                Map.of("school", school, "input", input)));
        String rule = created.read("$.data.automationRuleCreate.automationRule.id");
        assertThat(created.<Boolean>read("$.data.automationRuleCreate.automationRule.enabled")).isFalse();
        var stale = api.queryWithToken(admin.token(), ENABLE, Map.of("id", rule, "v", 3));
        assertThat(stale.<List<String>>read("$.data.automationRuleEnable.userErrors[*].code"))
                .containsExactly("STALE_VERSION");
        Fixtures.assertSucceeded(api.queryWithToken(admin.token(), ENABLE, Map.of("id", rule, "v", 0)));

        String deal = newDeal();
        Fixtures.assertSucceeded(api.queryWithToken(admissions, MOVE,
                Map.of("id", deal, "input", Map.of("stageId", funding))));

        List<Map<String, Object>> runs = Fixtures.eventually(() -> api.queryWithToken(admin.token(), RUNS,
                Map.of("rule", rule)).<List<Map<String, Object>>>read("$.data.automationRuns.edges[*].node"),
                found -> !found.isEmpty());
        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run).containsEntry("trigger", "DEAL_MOVED").containsEntry("outcome", "APPLIED");
            assertThat((List<String>) run.get("effects")).singleElement().asString().startsWith("TASK_CREATED:");
        });
        var dealNow = api.queryWithToken(admissions, DEAL, Map.of("id", deal));
        Map<String, Object> task = dealNow.read("$.data.node.nextTask");
        assertThat(task).containsEntry("title", "Vérifier le dossier de financement")
                .containsEntry("ownerSubject", admin.subject())
                .containsEntry("automationRuleId", GlobalIds.localId(rule, "AutomationRule"))
                .containsEntry("automationReason", "Dossier de financement");

        Map<String, Object> hit = Fixtures.eventually(() -> api.queryWithToken(admin.token(), DRY_RUN,
                        Map.of("school", school, "input", input)).<List<Map<String, Object>>>read(
                        "$.data.automationRuleDryRun.hits[*]"),
                hits -> hits.stream().anyMatch(h -> "APPLIED".equals(h.get("outcome")))).stream()
                .filter(h -> "APPLIED".equals(h.get("outcome"))).findFirst().orElseThrow();
        assertThat(hit.get("eventId")).isEqualTo(runs.get(0).get("eventId"));
        assertThat(hit.get("aggregateId")).isEqualTo(GlobalIds.localId(deal, "Deal"));
    }

    @Test
    void anotherSchoolSeesNoRuleNoRunAndCannotDryRunOrChangeOne() {
        String rule = Fixtures.assertSucceeded(api.queryWithToken(admin.token(), CREATE_RULE,
                Map.of("school", school, "input", fundingRule(stage("En attente de financement")))))
                .read("$.data.automationRuleCreate.automationRule.id");
        String otherSchool = given.newSchool("Elsewhere " + UUID.randomUUID());
        var otherAdmin = people.newcomer();
        join(otherSchool, otherAdmin, "SCHOOL_ADMIN");
        String missing = GlobalIds.encode("AutomationRule", "missing");

        assertThat(api.queryWithToken(otherAdmin.token(), RULES, Map.of("school", school))
                .<List<Object>>read("$.data.automationRules")).isEmpty();
        assertThat(api.queryWithToken(admin.token(), RULES, Map.of("school", school))
                .<List<Object>>read("$.data.automationRules")).hasSize(1);
        assertThat(api.queryWithToken(otherAdmin.token(), RULE_NODE, Map.of("id", rule)).<Object>find("$.data.node"))
                .isNull();
        for (String id : List.of(rule, missing)) {
            assertThat(api.queryWithToken(otherAdmin.token(), RUNS, Map.of("rule", id)).errorClassification())
                    .isEqualTo("NOT_FOUND");
            assertThat(api.queryWithToken(otherAdmin.token(), ENABLE, Map.of("id", id)).errorClassification())
                    .isEqualTo("NOT_FOUND");
        }
        var dryRun = api.queryWithToken(otherAdmin.token(), DRY_RUN, Map.of("school", school,
                "input", fundingRule("any-stage")));
        assertThat(dryRun.errorClassification()).isEqualTo("NOT_FOUND");
    }

    @Test
    void twoRulesMovingADealBackAndForthStopWhenTheFirstWouldFireOnItsOwnChange() {
        String followUp = stage("À relancer");
        String funding = stage("En attente de financement");
        String there = enabledRule("Vers le financement", followUp, Map.of("kind", "MOVE_DEAL", "target", funding));
        String back = enabledRule("Retour à relancer", funding, Map.of("kind", "MOVE_DEAL", "target", followUp));

        String deal = newDeal();
        Fixtures.assertSucceeded(api.queryWithToken(admissions, MOVE,
                Map.of("id", deal, "input", Map.of("stageId", followUp))));

        // Each rule runs on the three moves: by hand to « À relancer », by the first rule, by the second.
        assertThat(outcomes(there)).containsExactlyInAnyOrder("APPLIED", "CONDITIONS_NOT_MET", "SKIPPED_LOOP");
        assertThat(outcomes(back)).containsExactlyInAnyOrder("CONDITIONS_NOT_MET", "APPLIED", "CONDITIONS_NOT_MET");
        assertThat(api.queryWithToken(admin.token(), RULE_SKIP, Map.of("id", there))
                .<String>read("$.data.node.lastLoopSkip.reason")).isEqualTo("OWN_CHANGE");
        assertThat(api.queryWithToken(admin.token(), RULE_SKIP, Map.of("id", back))
                .<Object>find("$.data.node.lastLoopSkip")).isNull();
        List<Map<String, Object>> history = api.queryWithToken(admissions, DEAL, Map.of("id", deal))
                .read("$.data.node.history");
        assertThat(history).extracting(move -> move.get("automationRuleId")).containsExactly(null, null,
                GlobalIds.localId(there, "AutomationRule"), GlobalIds.localId(back, "AutomationRule"));
    }

    @Test
    void aTaskPassingItsDueTimeRunsTheOverdueRuleOnceAndShowsOnTheContactsTimeline() {
        String pipeline = api.queryWithToken(admin.token(), PIPELINES, Map.of("school", school))
                .read("$.data.pipelines[0].id");
        String rule = enabled(Map.of("name", "Tâche en retard", "trigger", "TASK_OVERDUE",
                "conditions", List.of(Map.of("field", "DEAL_PIPELINE", "value", GlobalIds.localId(pipeline,
                        "Pipeline")), Map.of("field", "TASK_OWNER", "value", admissionsSubject)),
                "actions", List.of(Map.of("kind", "CREATE_TASK", "target", admin.subject(),
                        "title", "Reprendre la tâche en retard", "dueInWorkingDays", 1))));
        String deal = newDeal();
        Fixtures.assertSucceeded(api.queryWithToken(admissions, TASK_CREATE, Map.of("school", school, "input",
                Map.of("title", "Rappeler", "dueAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                        "dealId", deal))));

        List<Map<String, Object>> runs = Fixtures.eventually(() -> api.queryWithToken(admin.token(), RUNS,
                Map.of("rule", rule)).<List<Map<String, Object>>>read("$.data.automationRuns.edges[*].node"),
                found -> !found.isEmpty());
        assertThat(runs).singleElement().satisfies(run -> assertThat(run).containsEntry("trigger", "TASK_OVERDUE")
                .containsEntry("outcome", "APPLIED"));
        assertThat(api.queryWithToken(admin.token(), MY_TASKS, Map.of())
                .<List<String>>read("$.data.myCrmTasks.edges[*].node.title")).contains("Reprendre la tâche en retard");
        String contact = api.queryWithToken(admissions, DEAL_CONTACT, Map.of("id", deal))
                .read("$.data.node.contact.id");
        assertThat(Fixtures.eventually(() -> api.queryWithToken(admissions, TIMELINE, Map.of("contact", contact))
                .<List<String>>read("$.data.contactTimeline.edges[*].node.label"),
                labels -> labels.contains("task.overdue"))).contains("task.overdue");
    }

    @Test
    void aNoReplyRuleFiresAfterItsWorkingDaysOfSilenceButNotForAContactWhoReplied() {
        var invalid = api.queryWithToken(admin.token(), CREATE_RULE, Map.of("school", school, "input",
                noReplyRule(31)));
        assertThat(invalid.<List<String>>read("$.data.automationRuleCreate.userErrors[*].code"))
                .containsExactly("OUT_OF_RANGE");
        assertThat(invalid.<List<List<String>>>read("$.data.automationRuleCreate.userErrors[*].field").get(0))
                .endsWith("afterWorkingDays");
        String rule = enabled(noReplyRule(5));
        Instant now = Instant.now();
        String replied = contact();
        log(replied, "INBOUND", now.minus(29, ChronoUnit.DAYS));
        log(replied, "OUTBOUND", now.minus(40, ChronoUnit.DAYS));
        String silent = contact();
        log(silent, "OUTBOUND", now.minus(30, ChronoUnit.DAYS));

        assertThat(Awaitility.await().atMost(CHAIN_PATIENCE).pollInterval(Duration.ofMillis(200)).until(() ->
                api.queryWithToken(admissions, CONTACT_TAGS, Map.of("id", silent)).<List<String>>read(
                        "$.data.node.tags"), tags -> tags.contains("sans-reponse")))
                .containsExactly("sans-reponse");
        assertThat(api.queryWithToken(admin.token(), RUNS, Map.of("rule", rule))
                .<List<String>>read("$.data.automationRuns.edges[*].node.trigger")).containsExactly("CONTACT_NO_REPLY");
        assertThat(api.queryWithToken(admissions, CONTACT_TAGS, Map.of("id", replied))
                .<List<String>>read("$.data.node.tags")).isEmpty();
        assertThat(api.queryWithToken(admissions, TIMELINE, Map.of("contact", silent))
                .<List<String>>read("$.data.contactTimeline.edges[*].node.label")).contains("contact.noReply");
    }

    private Map<String, Object> noReplyRule(int days) {
        return Map.of("name", "Sans réponse", "trigger", "CONTACT_NO_REPLY", "afterWorkingDays", days,
                "actions", List.of(Map.of("kind", "ADD_TAG", "target", "sans-reponse")));
    }

    private String enabled(Map<String, Object> input) {
        String rule = Fixtures.assertSucceeded(api.queryWithToken(admin.token(), CREATE_RULE, Map.of("school", school,
                "input", input))).read("$.data.automationRuleCreate.automationRule.id");
        Fixtures.assertSucceeded(api.queryWithToken(admin.token(), ENABLE, Map.of("id", rule, "v", 0)));
        return rule;
    }

    private String contact() {
        return Fixtures.assertSucceeded(api.queryWithToken(admissions, CREATE_CONTACT, Map.of("school", school,
                "input", Map.of("familyName", "Petit", "email", UUID.randomUUID() + "@example.test"))))
                .read("$.data.contactCreate.contact.id");
    }

    private void log(String contact, String direction, Instant at) {
        Fixtures.assertSucceeded(api.queryWithToken(admissions, LOG, Map.of("contact", contact, "input", Map.of(
                "kind", "EMAIL", "direction", direction, "outcome", "INFORMATION_SENT", "occurredAt", at.toString()))));
    }

    private List<String> outcomes(String rule) {
        return Fixtures.eventually(() -> api.queryWithToken(admin.token(), RUNS, Map.of("rule", rule))
                .<List<String>>read("$.data.automationRuns.edges[*].node.outcome"), found -> found.size() == 3);
    }

    private String enabledRule(String name, String fromStage, Map<String, Object> action) {
        var created = Fixtures.assertSucceeded(api.queryWithToken(admin.token(), CREATE_RULE, Map.of("school", school,
                "input", Map.of("name", name, "trigger", "DEAL_MOVED",
                        "conditions", List.of(Map.of("field", "EVENT_TO_STAGE", "value", fromStage)),
                        "actions", List.of(action)))));
        String rule = created.read("$.data.automationRuleCreate.automationRule.id");
        Fixtures.assertSucceeded(api.queryWithToken(admin.token(), ENABLE, Map.of("id", rule, "v", 0)));
        return rule;
    }

    private Map<String, Object> fundingRule(String stageId) {
        return Map.of("name", "Dossier de financement", "trigger", "DEAL_MOVED",
                "conditions", List.of(Map.of("field", "EVENT_TO_STAGE", "value", stageId)),
                "actions", List.of(Map.of("kind", "CREATE_TASK", "title", "Vérifier le dossier de financement",
                        "dueInWorkingDays", 2)));
    }

    private String stage(String name) {
        List<Map<String, Object>> stages = Fixtures.assertSucceeded(api.queryWithToken(admin.token(), PIPELINES,
                Map.of("school", school))).read("$.data.pipelines[0].stages[*]");
        return stages.stream().filter(s -> name.equals(s.get("name"))).map(s -> (String) s.get("id")).findFirst()
                .orElseThrow();
    }

    private String newDeal() {
        String contact = Fixtures.assertSucceeded(api.queryWithToken(admissions, CREATE_CONTACT, Map.of("school",
                school, "input", Map.of("familyName", "Durand", "email", UUID.randomUUID() + "@example.test"))))
                .read("$.data.contactCreate.contact.id");
        String pipeline = api.queryWithToken(admin.token(), PIPELINES, Map.of("school", school))
                .read("$.data.pipelines[0].id");
        return Fixtures.assertSucceeded(api.queryWithToken(admissions, CREATE_DEAL, Map.of("school", school,
                "input", Map.of("pipelineId", pipeline, "contactId", contact, "ownerSubject", admin.subject()))))
                .read("$.data.dealCreate.deal.id");
    }

    private void join(String schoolId, Newcomers.Person person, String role) {
        String membership = given.inviteToSchool("platform-admin", schoolId, person.email(), role);
        Fixtures.assertSucceeded(api.queryWithToken(person.token(), Fixtures.ACCEPT, Map.of("id", membership)));
    }
}
