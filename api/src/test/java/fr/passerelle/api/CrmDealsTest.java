package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A school's pipelines, deals and tasks over GraphQL: its admin configures the pipeline, admissions work deals and
 * tasks, finance reads them (and of their contact only the name and e-mail); another school sees none of it, and its
 * objects look exactly like missing ones.
 */
class CrmDealsTest extends ApiTest {

    static final String PIPELINES = """
            query($school: ID!) { pipelines(schoolId: $school) { id name version
              stages { id name kind probability slaWorkingDays } } }""";
    static final String BOARD = """
            query($pipeline: ID!, $first: Int) { dealBoard(pipelineId: $pipeline, first: $first) {
              pipeline { id } columns { stage { id name } count expectedAmount { amount currency }
                deals { edges { node { id title } } pageInfo { hasNextPage endCursor } } } } }""";
    static final String IN_STAGE = """
            query($pipeline: ID!, $stage: String!, $first: Int, $after: String) {
              dealsInStage(pipelineId: $pipeline, stageId: $stage, first: $first, after: $after) {
                edges { node { id title } } pageInfo { hasNextPage } } }""";
    static final String DEAL_CREATE = """
            mutation($school: ID!, $input: DealCreateInput!) { dealCreate(schoolId: $school, input: $input) {
              userErrors { field code } deal { id version probability status stage { id } expectedAmount { amount }
                needsNextAction nextTask { id } } } }""";
    static final String DEAL_MOVE = """
            mutation($id: ID!, $input: DealMoveInput!, $version: Int) {
              dealMove(id: $id, input: $input, expectedVersion: $version) { userErrors { field code message }
                deal { id version status probability lostReason stage { id name }
                  history { fromStageId toStageId toStageName by automationRuleId } } } }""";
    static final String TASK_CREATE = """
            mutation($school: ID!, $input: CrmTaskInput!) { crmTaskCreate(schoolId: $school, input: $input) {
              userErrors { field code } task { id version overdue contactId dealId } } }""";
    static final String MY_TASKS = """
            query($due: CrmTaskDue!) { myCrmTasks(due: $due, first: 50) { edges { node { id title overdue } } } }""";
    static final String DEAL_NODE = """
            query($id: ID!) { node(id: $id) { ... on Deal { id title needsNextAction nextTask { id title contact { id } }
              contact { id displayName } } } }""";
    static final String STAGE_REMOVE = """
            mutation($id: ID!, $stage: String!) { pipelineStageRemove(id: $id, stageId: $stage) {
              userErrors { field code message } pipeline { stages { id } } } }""";

    School school;
    String pipeline;
    String contact;

    record School(String id, Newcomers.Person admin, Newcomers.Person admissions, Newcomers.Person finance) {
    }

    @BeforeEach
    void school() {
        String id = given.newSchool("CRM deals " + UUID.randomUUID());
        school = new School(id, member(id, "SCHOOL_ADMIN"), member(id, "ADMISSIONS"), member(id, "FINANCE"));
        var pipelines = Fixtures.assertSucceeded(api.queryWithToken(school.admin().token(), PIPELINES,
                Map.of("school", id)));
        pipeline = pipelines.read("$.data.pipelines[0].id");
        contact = Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), CrmContactsTest.CREATE,
                Map.of("school", id, "input", CrmContactsTest.person("Garcia", "garcia@example.test",
                        "+33 0611223344"))))
                .read("$.data.contactCreate.contact.id");
    }

    private Newcomers.Person member(String schoolId, String role) {
        var person = people.newcomer();
        String membership = given.inviteToSchool("platform-admin", schoolId, person.email(), role);
        Fixtures.assertSucceeded(api.queryWithToken(person.token(), Fixtures.ACCEPT, Map.of("id", membership)));
        return person;
    }

    private GraphQlHttp.Reply createDeal(String title, long euros, String stageId) {
        Map<String, Object> input = new HashMap<>();
        input.put("pipelineId", pipeline);
        input.put("contactId", contact);
        input.put("title", title);
        input.put("expectedAmount", Map.of("amount", euros * 100, "currency", "EUR"));
        if (stageId != null) {
            input.put("stageId", stageId);
        }
        return api.queryWithToken(school.admissions().token(), DEAL_CREATE, Map.of("school", school.id(),
                "input", input));
    }

    private String deal(String title, long euros, String stageId) {
        return Fixtures.assertSucceeded(createDeal(title, euros, stageId)).read("$.data.dealCreate.deal.id");
    }

    private GraphQlHttp.Reply move(String token, String deal, String stage, String reason, Integer version) {
        Map<String, Object> input = new HashMap<>();
        input.put("stageId", stage);
        if (reason != null) {
            input.put("lostReason", reason);
        }
        Map<String, Object> variables = new HashMap<>(Map.of("id", deal, "input", input));
        if (version != null) {
            variables.put("version", version);
        }
        return api.queryWithToken(token, DEAL_MOVE, variables);
    }

    @Test
    void theDefaultPipelineIsSeededOnFirstUseAndItsAdminConfiguresIt() {
        var read = api.queryWithToken(school.finance().token(), PIPELINES, Map.of("school", school.id()));
        assertThat(read.<List<String>>read("$.data.pipelines[*].id")).containsExactly(pipeline);
        assertThat(read.<List<String>>read("$.data.pipelines[0].stages[*].name")).containsExactly("Découverte",
                "Intéressé", "À relancer", "En attente de financement", "Confirmé", "Perdu");
        assertThat(read.<List<Integer>>read("$.data.pipelines[0].stages[?(@.id == 'follow-up')].slaWorkingDays"))
                .containsExactly(3);

        var created = api.queryWithToken(school.admin().token(), """
                mutation($school: ID!) { pipelineCreate(schoolId: $school, input: {name: "Garages", stages: [
                  {name: "Audit", kind: OPEN, probability: 20, slaWorkingDays: 5}, {name: "Signé", kind: WON}]}) {
                  userErrors { code } pipeline { id version stages { id name kind probability } } } }""",
                Map.of("school", school.id()));
        String garages = Fixtures.assertSucceeded(created).read("$.data.pipelineCreate.pipeline.id");
        assertThat(created.<List<Integer>>read("$.data.pipelineCreate.pipeline.stages[*].probability"))
                .containsExactly(20, 100);
        String audit = created.read("$.data.pipelineCreate.pipeline.stages[0].id");
        String signed = created.read("$.data.pipelineCreate.pipeline.stages[1].id");

        var renamed = api.queryWithToken(school.admin().token(), """
                mutation($id: ID!, $stage: String!) { pipelineStageUpdate(id: $id, stageId: $stage,
                  input: {name: "Audit atelier", probability: 25}, expectedVersion: 0) {
                  userErrors { code } pipeline { version stages { id name } } } }""",
                Map.of("id", garages, "stage", audit));
        assertThat(Fixtures.assertSucceeded(renamed).<List<String>>read(
                "$.data.pipelineStageUpdate.pipeline.stages[*].name")).containsExactly("Audit atelier", "Signé");
        var reordered = api.queryWithToken(school.admin().token(), """
                mutation($id: ID!, $order: [String!]!) { pipelineStagesReorder(id: $id, input: {stageIds: $order},
                  expectedVersion: 0) { userErrors { field code } } }""",
                Map.of("id", garages, "order", List.of(signed, audit)));
        assertThat(reordered.<List<String>>read("$.data.pipelineStagesReorder.userErrors[*].code"))
                .containsExactly("STALE_VERSION");

        var added = api.queryWithToken(school.admin().token(), """
                mutation($id: ID!, $name: String!) { pipelineStageAdd(id: $id, input: {stage: {name: $name, kind: LOST},
                  position: 1}) { userErrors { field code } pipeline { stages { name kind } } } }""",
                Map.of("id", garages, "name", " "));
        assertThat(added.<List<String>>read("$.data.pipelineStageAdd.userErrors[0].field"))
                .containsExactly("input", "stage", "name");
        var lostStage = Fixtures.assertSucceeded(api.queryWithToken(school.admin().token(), """
                mutation($id: ID!, $name: String!) { pipelineStageAdd(id: $id, input: {stage: {name: $name, kind: LOST},
                  position: 1}) { userErrors { field code } pipeline { stages { name kind } } } }""",
                Map.of("id", garages, "name", "Perdu")));
        assertThat(lostStage.<List<String>>read("$.data.pipelineStageAdd.pipeline.stages[*].name"))
                .containsExactly("Audit atelier", "Perdu", "Signé");

        var byAdmissions = api.queryWithToken(school.admissions().token(), STAGE_REMOVE,
                Map.of("id", garages, "stage", audit));
        assertThat(byAdmissions.errorClassification()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aDealMovesWithItsVersionAndALostOneSaysWhy() {
        var created = Fixtures.assertSucceeded(createDeal("Coaching primo-arrivant", 890, null));
        String deal = created.read("$.data.dealCreate.deal.id");
        assertThat(created.<String>read("$.data.dealCreate.deal.stage.id")).isEqualTo("discovery");
        assertThat(created.<Integer>read("$.data.dealCreate.deal.probability")).isEqualTo(10);
        assertThat(created.<Boolean>read("$.data.dealCreate.deal.needsNextAction")).isTrue();

        var moved = Fixtures.assertSucceeded(move(school.admissions().token(), deal, "follow-up", null, 0));
        assertThat(moved.<String>read("$.data.dealMove.deal.stage.name")).isEqualTo("À relancer");
        assertThat(moved.<Integer>read("$.data.dealMove.deal.probability")).isEqualTo(40);
        assertThat(moved.<List<String>>read("$.data.dealMove.deal.history[*].toStageId"))
                .containsExactly("discovery", "follow-up");
        assertThat(moved.<List<String>>read("$.data.dealMove.deal.history[*].by")).containsOnly(
                school.admissions().subject());

        var stale = move(school.admissions().token(), deal, "interested", null, 0);
        assertThat(stale.<List<String>>read("$.data.dealMove.userErrors[*].code")).containsExactly("STALE_VERSION");
        assertThat(stale.<List<String>>read("$.data.dealMove.userErrors[0].field")).containsExactly("expectedVersion");

        var noReason = move(school.admissions().token(), deal, "lost", null, 1);
        assertThat(noReason.<List<String>>read("$.data.dealMove.userErrors[0].field"))
                .containsExactly("input", "lostReason");
        var lost = Fixtures.assertSucceeded(move(school.admissions().token(), deal, "lost", "Financement refusé", 1));
        assertThat(lost.<String>read("$.data.dealMove.deal.status")).isEqualTo("LOST");
        assertThat(lost.<String>read("$.data.dealMove.deal.lostReason")).isEqualTo("Financement refusé");

        var unknownStage = move(school.admissions().token(), deal, "no-such-stage", null, null);
        assertThat(unknownStage.<List<String>>read("$.data.dealMove.userErrors[*].code")).containsExactly("INVALID");
    }

    @Test
    void theBoardCountsAndSumsEveryColumnAndPagesEachOne() {
        deal("Coaching 1", 890, null);
        deal("Coaching 2", 890, null);
        deal("Garage Martin", 1490, null);
        deal("Garage Dupuis", 1490, "awaiting-funding");

        var board = Fixtures.assertSucceeded(api.queryWithToken(school.finance().token(), BOARD,
                Map.of("pipeline", pipeline, "first", 2)));
        assertThat(board.<List<Integer>>read("$.data.dealBoard.columns[*].count")).containsExactly(3, 0, 0, 1, 0, 0);
        assertThat(board.<List<Integer>>read("$.data.dealBoard.columns[*].expectedAmount.amount"))
                .containsExactly(327_000, 0, 0, 149_000, 0, 0);
        assertThat(board.<List<String>>read("$.data.dealBoard.columns[0].deals.edges[*].node.title"))
                .containsExactly("Coaching 1", "Coaching 2");
        assertThat(board.<Boolean>read("$.data.dealBoard.columns[0].deals.pageInfo.hasNextPage")).isTrue();

        var rest = api.queryWithToken(school.finance().token(), IN_STAGE, Map.of("pipeline", pipeline,
                "stage", "discovery", "first", 2, "after", board.read("$.data.dealBoard.columns[0].deals.pageInfo.endCursor")));
        assertThat(rest.<List<String>>read("$.data.dealsInStage.edges[*].node.title")).containsExactly("Garage Martin");

        var inUse = api.queryWithToken(school.admin().token(), STAGE_REMOVE, Map.of("id", pipeline,
                "stage", "awaiting-funding"));
        assertThat(inUse.<List<String>>read("$.data.pipelineStageRemove.userErrors[*].code"))
                .containsExactly("INVALID_STATE");
        assertThat(inUse.<String>read("$.data.pipelineStageRemove.userErrors[0].message")).startsWith("1 ");
    }

    @Test
    void myTasksTodayHoldTheOverdueOnesAndADealsNextActionIsItsFirstOpenTask() {
        String deal = deal("Garage Martin", 1490, null);
        Instant now = Instant.now();
        String late = task("Rappeler le garage", now.minus(2, ChronoUnit.HOURS), deal);
        String later = task("Envoyer le devis", now.plus(3, ChronoUnit.DAYS), deal);

        var today = api.queryWithToken(school.admissions().token(), MY_TASKS, Map.of("due", "TODAY"));
        assertThat(today.<List<String>>read("$.data.myCrmTasks.edges[*].node.id")).containsExactly(late);
        assertThat(today.<List<Boolean>>read("$.data.myCrmTasks.edges[*].node.overdue")).containsExactly(true);
        var upcoming = api.queryWithToken(school.admissions().token(), MY_TASKS, Map.of("due", "UPCOMING"));
        assertThat(upcoming.<List<String>>read("$.data.myCrmTasks.edges[*].node.id")).containsExactly(later);
        assertThat(api.queryWithToken(school.admin().token(), MY_TASKS, Map.of("due", "TODAY"))
                .<List<Object>>read("$.data.myCrmTasks.edges")).isEmpty();

        var node = api.queryWithToken(school.finance().token(), DEAL_NODE, Map.of("id", deal));
        assertThat(node.<String>read("$.data.node.nextTask.id")).isEqualTo(late);
        assertThat(node.<Boolean>read("$.data.node.needsNextAction")).isFalse();
        assertThat(node.<String>read("$.data.node.contact.displayName")).isEqualTo("Léa Garcia");
        assertThat(node.<String>read("$.data.node.nextTask.contact.id")).isEqualTo(contact);

        Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), """
                mutation($id: ID!) { crmTaskComplete(id: $id) { userErrors { code } task { id } } }""",
                Map.of("id", late)));
        assertThat(api.queryWithToken(school.finance().token(), DEAL_NODE, Map.of("id", deal))
                .<String>read("$.data.node.nextTask.id")).isEqualTo(later);
    }

    @Test
    void aDealAndItsTaskShowOnTheContactsTimelineAsThemselves() {
        String deal = deal("CAP maintenance des véhicules", 1490, null);
        String task = task("Envoyer le devis", Instant.now().plus(1, ChronoUnit.DAYS), deal);

        var timeline = eventually(() -> api.queryWithToken(school.finance().token(), """
                query($contact: ID!) { contactTimeline(contactId: $contact, first: 10) { edges { node {
                  label subjectId subject { __typename ... on Deal { id dealTitle: title } ... on CrmTask { id } } } } } }""",
                Map.of("contact", contact)), reply -> reply.<List<String>>read(
                "$.data.contactTimeline.edges[*].node.label").containsAll(List.of("deal.created", "task.created")));

        assertThat(timeline.<List<String>>read("$.data.contactTimeline.edges[?(@.node.label == 'deal.created')]"
                + ".node.subject.dealTitle")).containsExactly("CAP maintenance des véhicules");
        assertThat(timeline.<List<String>>read("$.data.contactTimeline.edges[?(@.node.label == 'task.created')]"
                + ".node.subject.id")).as("the entry's subject is the task node itself").containsExactly(task);
        assertThat(timeline.<List<String>>read("$.data.contactTimeline.edges[?(@.node.label == 'deal.created')]"
                + ".node.subjectId")).containsExactly(deal);
    }

    private String task(String title, Instant due, String deal) {
        var created = api.queryWithToken(school.admissions().token(), TASK_CREATE, Map.of("school", school.id(),
                "input", Map.of("title", title, "dueAt", due.toString(), "dealId", deal)));
        assertThat(created.<String>read("$.data.crmTaskCreate.task.contactId")).isEqualTo(contact);
        return Fixtures.assertSucceeded(created).read("$.data.crmTaskCreate.task.id");
    }

    @Test
    void financeOnlyReadsAndAnotherSchoolSeesNothingNotEvenCounts() {
        String deal = deal("Coaching", 890, null);

        assertThat(move(school.finance().token(), deal, "interested", null, null).errorClassification())
                .isEqualTo("FORBIDDEN");
        assertThat(api.queryWithToken(school.finance().token(), TASK_CREATE, Map.of("school", school.id(),
                "input", Map.of("title", "x", "dueAt", Instant.now().toString(), "dealId", deal)))
                .errorClassification()).isEqualTo("FORBIDDEN");
        String withContact = "query($id: ID!) { node(id: $id) { ... on Deal { title contact { displayName phone } } } }";
        var read = api.queryWithToken(school.finance().token(), withContact, Map.of("id", deal));
        assertThat(read.<String>read("$.data.node.title")).isEqualTo("Coaching");
        assertThat(read.<Map<String, Object>>read("$.data.node.contact")).containsEntry("displayName", "Léa Garcia")
                .containsEntry("phone", null);
        assertThat(api.queryWithToken(school.admissions().token(), withContact, Map.of("id", deal))
                .<String>read("$.data.node.contact.phone")).isNotNull();

        String missingDeal = globalId("Deal", "no-such-deal");
        String missingPipeline = globalId("Pipeline", "no-such-pipeline");
        for (String outsider : List.of("school-admin-b", "platform-admin", "advisor")) {
            assertThat(api.query(outsider, PIPELINES, Map.of("school", school.id()))
                    .<List<Object>>read("$.data.pipelines")).as(outsider).isEmpty();
            var board = api.query(outsider, BOARD, Map.of("pipeline", pipeline));
            var noBoard = api.query(outsider, BOARD, Map.of("pipeline", missingPipeline));
            assertThat(board.<Object>read("$.data.dealBoard")).as(outsider).isNull();
            assertThat(board.body()).isEqualTo(noBoard.body());
            assertThat(api.query(outsider, IN_STAGE, Map.of("pipeline", pipeline, "stage", "discovery"))
                    .<List<Object>>read("$.data.dealsInStage.edges")).isEmpty();

            var hidden = api.query(outsider, DEAL_NODE, Map.of("id", deal));
            var missing = api.query(outsider, DEAL_NODE, Map.of("id", missingDeal));
            assertThat(hidden.<Object>read("$.data.node")).as(outsider).isNull();
            assertThat(hidden.body().replace(deal, "ID")).isEqualTo(missing.body().replace(missingDeal, "ID"));

            var movedHidden = api.query(outsider, DEAL_MOVE, Map.of("id", deal, "input", Map.of("stageId", "lost")));
            var movedMissing = api.query(outsider, DEAL_MOVE, Map.of("id", missingDeal,
                    "input", Map.of("stageId", "lost")));
            assertThat(movedHidden.errorClassification()).as(outsider).isEqualTo("NOT_FOUND");
            assertThat(movedMissing.errorClassification()).isEqualTo("NOT_FOUND");
        }
        assertThat(createDealFor("school-admin-b").<List<String>>read("$.data.dealCreate.userErrors[*].field[1]"))
                .contains("pipelineId", "contactId");
    }

    @Test
    void aMergedContactsDealsAndTasksMoveToTheSurvivorAndExactlyThoseComeBackOnUndo() {
        String older = contact;
        String keptDeal = deal("Coaching", 890, null);
        contact = Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), CrmContactsTest.CREATE,
                Map.of("school", school.id(), "input", CrmContactsTest.person("Garcia-Lopez", "gl@example.test",
                        null)))).read("$.data.contactCreate.contact.id");
        String movedDeal = deal("Garage Garcia", 1490, null);
        String movedTask = task("Rappeler", Instant.now().plus(1, ChronoUnit.DAYS), movedDeal);

        Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), """
                mutation($keep: ID!, $merge: ID!) { contactMerge(keepId: $keep, mergeId: $merge) {
                  userErrors { code } mergedContactId } }""", Map.of("keep", older, "merge", contact)));
        String merged = contact;
        eventually(() -> api.queryWithToken(school.finance().token(), CONTACT_OF, Map.of("id", movedDeal)),
                reply -> older.equals(reply.read("$.data.node.contactId")));
        var afterMerge = api.queryWithToken(school.finance().token(), CONTACT_OF, Map.of("id", movedDeal));
        assertThat(afterMerge.<String>read("$.data.node.movedFromContactId")).isEqualTo(merged);
        eventually(() -> api.queryWithToken(school.finance().token(), TASK_CONTACT, Map.of("id", movedTask)),
                reply -> older.equals(reply.read("$.data.node.contactId")));

        Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), """
                mutation($merged: ID!) { contactMergeUndo(mergedContactId: $merged) { userErrors { code } } }""",
                Map.of("merged", merged)));
        eventually(() -> api.queryWithToken(school.finance().token(), CONTACT_OF, Map.of("id", movedDeal)),
                reply -> merged.equals(reply.read("$.data.node.contactId")));
        eventually(() -> api.queryWithToken(school.finance().token(), TASK_CONTACT, Map.of("id", movedTask)),
                reply -> merged.equals(reply.read("$.data.node.contactId")));
        var kept = api.queryWithToken(school.finance().token(), CONTACT_OF, Map.of("id", keptDeal));
        assertThat(kept.<String>read("$.data.node.contactId")).isEqualTo(older);
        assertThat(kept.<Object>read("$.data.node.movedFromContactId")).isNull();
    }

    static final String CONTACT_OF = "query($id: ID!) { node(id: $id) { ... on Deal { contactId movedFromContactId } } }";
    static final String TASK_CONTACT = "query($id: ID!) { node(id: $id) { ... on CrmTask { contactId } } }";

    @Test
    void mecaFormationsDemoPipelineHasADealInEveryStageAndBrunosTasksOfTheDay() {
        String demo = api.query("school-admin-b", PIPELINES, Map.of("school", SCHOOL_B)).read("$.data.pipelines[0].id");
        var board = Fixtures.assertSucceeded(api.query("school-admin-b", BOARD, Map.of("pipeline", demo)));
        assertThat(board.<List<Integer>>read("$.data.dealBoard.columns[*].count")).allMatch(count -> count >= 1);
        assertThat(api.query("school-admin-b", MY_TASKS, Map.of("due", "TODAY"))
                .<List<Boolean>>read("$.data.myCrmTasks.edges[*].node.overdue")).contains(true, false);
        eventually(() -> api.query("school-admin-b", "{ viewer { notifications(first: 100) { edges { node { kind } } } } }"),
                reply -> reply.<List<String>>read("$.data.viewer.notifications.edges[*].node.kind")
                        .containsAll(List.of("CRM_TASK_OVERDUE", "CRM_DEAL_OVERDUE")));
    }

    /** School B's admin creating a deal in their own school with this school's pipeline and contact. */
    private GraphQlHttp.Reply createDealFor(String persona) {
        return api.query(persona, DEAL_CREATE, Map.of("school", SCHOOL_B, "input", Map.of("pipelineId", pipeline,
                "contactId", contact)));
    }
}
