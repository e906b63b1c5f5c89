package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.api.graphql.GlobalIds;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A day of CRM work through the API (the "done when"): the admin sets an automation, admissions import
 * contacts (a duplicate reported, not created), a segment counts the right ones, a deal moved to funding gets its
 * task from the rule, a call is logged (and leaves the segment of those not called lately), two contacts are merged and
 * the merge undone; another school sees none of it.
 */
class CrmDayTest extends ApiTest {

    static final String IMPORT = """
            mutation($school: ID!, $csv: String!) { contactsImport(schoolId: $school, input: { csv: $csv }) {
              userErrors { field code } report { rows createdIds existing { line contactId } rejections { line } } } }""";
    static final String SEGMENT = """
            mutation($school: ID!, $input: SegmentInput!) { segmentCreate(schoolId: $school, input: $input) {
              userErrors { field code } segment { id count } } }""";
    static final String SEGMENT_COUNT = "query($id: ID!) { node(id: $id) { ... on Segment { count } } }";
    static final String MERGE = """
            mutation($keep: ID!, $merge: ID!) { contactMerge(keepId: $keep, mergeId: $merge) {
              userErrors { field code } contact { id } mergedContactId } }""";
    static final String UNDO = """
            mutation($id: ID!) { contactMergeUndo(mergedContactId: $id) {
              userErrors { field code } contact { id } restored { id } } }""";
    static final String CALL = """
            mutation($contact: ID!, $input: InteractionLogInput!) { interactionLog(contactId: $contact, input: $input) {
              userErrors { field code } interaction { id } } }""";
    static final String CONTACT = "query($id: ID!) { node(id: $id) { ... on Contact { id } } }";
    static final String SCHOOL_CONTACTS = """
            query($school: ID!) { node(id: $school) { ... on School { contacts(first: 50) { edges { node { id } } } } } }""";

    @Test
    void aDayOfCrmWorkStaysWithItsSchool() {
        String school = given.newSchool("CRM day " + UUID.randomUUID());
        var admin = people.newcomer();
        var advisor = people.newcomer();
        join(school, admin, "SCHOOL_ADMIN");
        join(school, advisor, "ADMISSIONS");
        String tag = UUID.randomUUID().toString().substring(0, 8);

        String funding = stage(admin.token(), school, "En attente de financement");
        String rule = Fixtures.assertSucceeded(api.queryWithToken(admin.token(), CrmAutomationsTest.CREATE_RULE,
                Map.of("school", school, "input", Map.of("name", "Dossier de financement", "trigger", "DEAL_MOVED",
                        "conditions", List.of(Map.of("field", "EVENT_TO_STAGE", "value", funding)),
                        "actions", List.of(Map.of("kind", "CREATE_TASK", "title", "Vérifier le dossier de financement",
                                "dueInWorkingDays", 2))))))
                .read("$.data.automationRuleCreate.automationRule.id");
        Fixtures.assertSucceeded(api.queryWithToken(admin.token(), CrmAutomationsTest.ENABLE,
                Map.of("id", rule, "v", 0)));

        String csv = "family_name,given_name,email,situation,tags\n"
                + "Durand,Léa,lea." + tag + "@example.test,JOB_SEEKER,cap\n"
                + "Martin,Paul,paul." + tag + "@example.test,EMPLOYEE,\n"
                + "Durand,Léa,LEA." + tag + "@example.test,JOB_SEEKER,cap\n"
                + "Morel,Zoé,zoe." + tag + "@example.test,JOB_SEEKER,\n";
        var imported = Fixtures.assertSucceeded(api.queryWithToken(advisor.token(), IMPORT,
                Map.of("school", school, "csv", csv)));
        List<String> created = imported.read("$.data.contactsImport.report.createdIds");
        assertThat(created).hasSize(3);
        String lea = created.get(0);
        assertThat(imported.<List<Map<String, Object>>>read("$.data.contactsImport.report.existing"))
                .singleElement().satisfies(row -> assertThat(row).containsEntry("line", 4).containsEntry("contactId", lea));

        String segment = Fixtures.assertSucceeded(api.queryWithToken(admin.token(), SEGMENT, Map.of("school", school,
                "input", Map.of("name", "Demandeurs d'emploi", "filter", Map.of("situations", List.of("JOB_SEEKER"))))))
                .read("$.data.segmentCreate.segment.id");
        assertThat(count(advisor.token(), segment)).isEqualTo(2);
        String notCalled = Fixtures.assertSucceeded(api.queryWithToken(admin.token(), SEGMENT, Map.of("school", school,
                "input", Map.of("name", "À appeler", "filter", Map.of("situations", List.of("JOB_SEEKER"),
                        "noInteractionForDays", 7))))).read("$.data.segmentCreate.segment.id");
        assertThat(count(advisor.token(), notCalled)).isEqualTo(2);

        Fixtures.assertSucceeded(api.queryWithToken(advisor.token(), CALL, Map.of("contact", lea, "input", Map.of(
                "kind", "CALL", "direction", "OUTBOUND", "outcome", "CALLBACK_REQUESTED",
                "occurredAt", Instant.now().minusSeconds(600).toString(), "summary", "Rappeler pour le financement"))));
        Fixtures.eventually(() -> count(advisor.token(), notCalled), left -> left == 1);

        String deal = Fixtures.assertSucceeded(api.queryWithToken(advisor.token(), CrmAutomationsTest.CREATE_DEAL,
                Map.of("school", school, "input", Map.of("pipelineId", pipeline(admin.token(), school),
                        "contactId", lea, "ownerSubject", advisor.subject()))))
                .read("$.data.dealCreate.deal.id");
        Fixtures.assertSucceeded(api.queryWithToken(advisor.token(), CrmAutomationsTest.MOVE,
                Map.of("id", deal, "input", Map.of("stageId", funding))));
        Map<String, Object> task = Fixtures.eventually(() -> api.queryWithToken(advisor.token(),
                CrmAutomationsTest.DEAL, Map.of("id", deal)).<Map<String, Object>>find("$.data.node.nextTask"),
                found -> found != null);
        assertThat(task).containsEntry("title", "Vérifier le dossier de financement")
                .containsEntry("ownerSubject", advisor.subject())
                .containsEntry("automationRuleId", GlobalIds.localId(rule, "AutomationRule"));

        String leaAgain = Fixtures.assertSucceeded(api.queryWithToken(advisor.token(), CrmContactsTest.CREATE,
                Map.of("school", school, "input", Map.of("givenName", "Léa", "familyName", "Durand",
                        "email", "lea.durand." + tag + "@example.test"))))
                .read("$.data.contactCreate.contact.id");
        var merged = Fixtures.assertSucceeded(api.queryWithToken(advisor.token(), MERGE,
                Map.of("keep", leaAgain, "merge", lea)));
        assertThat(merged.<String>read("$.data.contactMerge.contact.id")).as("the older stays").isEqualTo(lea);
        assertThat(api.queryWithToken(advisor.token(), CONTACT, Map.of("id", leaAgain)).<Object>find("$.data.node"))
                .isNull();
        var undone = Fixtures.assertSucceeded(api.queryWithToken(advisor.token(), UNDO,
                Map.of("id", merged.read("$.data.contactMerge.mergedContactId"))));
        assertThat(undone.<String>read("$.data.contactMergeUndo.restored.id")).isEqualTo(leaAgain);
        assertThat(count(advisor.token(), segment)).isEqualTo(2);

        String elsewhere = given.newSchool("Elsewhere " + UUID.randomUUID());
        var stranger = people.newcomer();
        join(elsewhere, stranger, "SCHOOL_ADMIN");
        for (String id : List.of(lea, leaAgain, deal, segment, notCalled, rule)) {
            assertThat(api.queryWithToken(stranger.token(), CONTACT, Map.of("id", id)).<Object>find("$.data.node"))
                    .as(id).isNull();
        }
        assertThat(api.queryWithToken(stranger.token(), SCHOOL_CONTACTS, Map.of("school", school))
                .<List<Object>>find("$.data.node.contacts.edges[*]")).isNullOrEmpty();
        assertThat(api.queryWithToken(stranger.token(), CrmAutomationsTest.RULES, Map.of("school", school))
                .<List<Object>>read("$.data.automationRules")).isEmpty();
        assertThat(api.queryWithToken(stranger.token(), SEGMENT_COUNT, Map.of("id", segment))
                .<Object>find("$.data.node")).isNull();
    }

    private int count(String token, String segment) {
        return api.queryWithToken(token, SEGMENT_COUNT, Map.of("id", segment)).<Integer>read("$.data.node.count");
    }

    private String pipeline(String token, String school) {
        return api.queryWithToken(token, CrmAutomationsTest.PIPELINES, Map.of("school", school))
                .read("$.data.pipelines[0].id");
    }

    private String stage(String token, String school, String name) {
        List<Map<String, Object>> stages = Fixtures.assertSucceeded(api.queryWithToken(token,
                CrmAutomationsTest.PIPELINES, Map.of("school", school))).read("$.data.pipelines[0].stages[*]");
        return stages.stream().filter(s -> name.equals(s.get("name"))).map(s -> (String) s.get("id")).findFirst()
                .orElseThrow();
    }

    private void join(String schoolId, Newcomers.Person person, String role) {
        String membership = given.inviteToSchool("platform-admin", schoolId, person.email(), role);
        Fixtures.assertSucceeded(api.queryWithToken(person.token(), Fixtures.ACCEPT, Map.of("id", membership)));
    }
}
