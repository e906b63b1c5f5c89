package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A school's CRM contacts over GraphQL: created by its admissions staff, duplicates reported, read by finance (name and
 * e-mail, not the person's details), hidden from its other staff and from every other school (a contact of theirs
 * looks exactly like a missing one).
 */
class CrmContactsTest extends ApiTest {

    static final String CREATE = """
            mutation($school: ID!, $input: ContactCreateInput!) { contactCreate(schoolId: $school, input: $input) {
              userErrors { field code } contact { id displayName email phone roles tags source version }
              duplicateOf { id } } }""";
    static final String CONTACTS = """
            query($school: ID!, $first: Int, $after: String) { node(id: $school) { ... on School {
              contacts(first: $first, after: $after) { edges { node { id displayName } } pageInfo { hasNextPage endCursor } } } } }""";
    static final String NODE = "query($id: ID!) { node(id: $id) { ... on Contact { id displayName } } }";

    /** A fresh school with one person per role, each a newcomer with their own token. */
    School school;

    record School(String id, String admin, String admissions, String finance, String staff) {
    }

    @BeforeEach
    void school() {
        String id = given.newSchool("CRM " + UUID.randomUUID());
        school = new School(id, member(id, "SCHOOL_ADMIN"), member(id, "ADMISSIONS"), member(id, "FINANCE"),
                member(id, "SCHOOL_STAFF"));
    }

    private String member(String schoolId, String role) {
        var person = people.newcomer();
        String membership = given.inviteToSchool("platform-admin", schoolId, person.email(), role);
        Fixtures.assertSucceeded(api.queryWithToken(person.token(), Fixtures.ACCEPT, Map.of("id", membership)));
        return person.token();
    }

    private GraphQlHttp.Reply create(String token, Map<String, Object> input) {
        return api.queryWithToken(token, CREATE, Map.of("school", school.id(), "input", input));
    }

    private String created(String token, Map<String, Object> input) {
        var reply = Fixtures.assertSucceeded(create(token, input));
        return reply.read("$.data.contactCreate.contact.id");
    }

    static Map<String, Object> person(String family, String email, String phone) {
        Map<String, Object> input = new HashMap<>();
        input.put("givenName", "Léa");
        input.put("familyName", family);
        if (email != null) {
            input.put("email", email);
        }
        if (phone != null) {
            input.put("phone", phone);
        }
        return input;
    }

    @Test
    void admissionsCreateAContactAndADuplicateIsReportedNotCreated() {
        Map<String, Object> input = person("Martin", "lea.martin@example.test", "06 12 34 56 78");
        input.put("phone", "+33 6 12 34 56 78");
        input.put("source", "GOOGLE_ADS");
        input.put("tags", List.of("salon-2026", "CAP"));
        var reply = Fixtures.assertSucceeded(create(school.admissions(), input));
        String id = reply.read("$.data.contactCreate.contact.id");
        assertThat(reply.<List<String>>read("$.data.contactCreate.contact.roles")).containsExactly("PROSPECT");
        assertThat(reply.<String>read("$.data.contactCreate.contact.phone")).isEqualTo("+33612345678");
        assertThat(reply.<List<String>>read("$.data.contactCreate.contact.tags")).containsExactly("CAP", "salon-2026");

        var sameMail = create(school.admin(), person("Martin-Dupont", "Lea.Martin+ads@Example.test", null));
        assertThat(sameMail.<List<String>>read("$.data.contactCreate.userErrors[*].code")).containsExactly("DUPLICATE");
        assertThat(sameMail.<List<String>>read("$.data.contactCreate.userErrors[0].field"))
                .containsExactly("input", "email");
        assertThat(sameMail.<String>read("$.data.contactCreate.duplicateOf.id")).isEqualTo(id);
        assertThat(sameMail.<Object>read("$.data.contactCreate.contact")).isNull();

        var samePhone = create(school.admin(), person("Autre", null, "+33 0612345678"));
        assertThat(samePhone.<List<String>>read("$.data.contactCreate.userErrors[0].field"))
                .containsExactly("input", "phone");
        assertThat(samePhone.<String>read("$.data.contactCreate.duplicateOf.id")).isEqualTo(id);

        var list = api.queryWithToken(school.finance(), CONTACTS, Map.of("school", school.id()));
        assertThat(list.<List<String>>read("$.data.node.contacts.edges[*].node.id")).containsExactly(id);
    }

    @Test
    void aContactNeedsAFamilyNameAndAWayToReachThem() {
        var reply = create(school.admissions(), Map.of("familyName", " "));
        assertThat(reply.<List<String>>read("$.data.contactCreate.userErrors[*].code"))
                .containsExactlyInAnyOrder("REQUIRED", "REQUIRED");
    }

    @Test
    void contactsArePagedByNameWithKeysetCursors() {
        for (String family : List.of("Durand", "Bernard", "Petit")) {
            created(school.admissions(), person(family, family.toLowerCase() + "@example.test", null));
        }
        var first = api.queryWithToken(school.admin(), CONTACTS, Map.of("school", school.id(), "first", 2));
        assertThat(first.<List<String>>read("$.data.node.contacts.edges[*].node.displayName"))
                .containsExactly("Léa Bernard", "Léa Durand");
        assertThat(first.<Boolean>read("$.data.node.contacts.pageInfo.hasNextPage")).isTrue();
        var next = api.queryWithToken(school.admin(), CONTACTS, Map.of("school", school.id(), "first", 2,
                "after", first.read("$.data.node.contacts.pageInfo.endCursor")));
        assertThat(next.<List<String>>read("$.data.node.contacts.edges[*].node.displayName"))
                .containsExactly("Léa Petit");
    }

    @Test
    void financeReadsOnlyNameAndEmailStaffSeeNothingAndAnotherSchoolsContactLooksMissing() {
        Map<String, Object> roux = person("Roux", "roux@example.test", "+33 0698765432");
        roux.put("birthYear", 2004);
        String id = created(school.admissions(), roux);

        var byFinance = create(school.finance(), person("Noir", "noir@example.test", null));
        assertThat(byFinance.errorClassification()).isEqualTo("FORBIDDEN");
        String details = "query($id: ID!) { node(id: $id) { ... on Contact { id displayName email phone birthYear } } }";
        var readByFinance = api.queryWithToken(school.finance(), details, Map.of("id", id));
        assertThat(readByFinance.<Map<String, Object>>read("$.data.node")).containsEntry("id", id)
                .containsEntry("displayName", "Léa Roux").containsEntry("email", "roux@example.test")
                .containsEntry("phone", null).containsEntry("birthYear", null);
        assertThat(api.queryWithToken(school.admissions(), details, Map.of("id", id))
                .<Integer>read("$.data.node.birthYear")).isEqualTo(2004);

        var byStaff = create(school.staff(), person("Noir", "noir@example.test", null));
        assertThat(byStaff.errorClassification()).isEqualTo("NOT_FOUND");
        assertThat(api.queryWithToken(school.staff(), NODE, Map.of("id", id)).<Object>read("$.data.node")).isNull();
        assertThat(api.queryWithToken(school.staff(), CONTACTS, Map.of("school", school.id()))
                .<List<Object>>read("$.data.node.contacts.edges")).isEmpty();

        for (String outsider : List.of("school-admin-b", "platform-admin", "advisor")) {
            var hidden = api.query(outsider, NODE, Map.of("id", id));
            var missing = api.query(outsider, NODE, Map.of("id", globalId("Contact", "no-such-contact")));
            assertThat(hidden.<Object>read("$.data.node")).as(outsider).isNull();
            assertThat(hidden.body().replace(id, "ID"))
                    .isEqualTo(missing.body().replace(globalId("Contact", "no-such-contact"), "ID"));
        }
        var elsewhere = api.query("school-admin-b", CREATE, Map.of("school", school.id(),
                "input", person("Noir", "noir@example.test", null)));
        assertThat(elsewhere.errorClassification()).isEqualTo("NOT_FOUND");
    }

    @Test
    void anUpdateWithAStaleVersionIsRefusedAndChangesNothing() {
        String id = created(school.admissions(), person("Blanc", "blanc@example.test", null));
        String update = """
                mutation($id: ID!, $input: ContactUpdateInput!, $v: Int) { contactUpdate(id: $id, input: $input, expectedVersion: $v) {
                  userErrors { field code } contact { familyName version } } }""";
        var done = Fixtures.assertSucceeded(api.queryWithToken(school.admissions(), update,
                Map.of("id", id, "input", person("Blanc-Morel", "blanc@example.test", null), "v", 0)));
        assertThat(done.<Integer>read("$.data.contactUpdate.contact.version")).isEqualTo(1);
        var stale = api.queryWithToken(school.admissions(), update,
                Map.of("id", id, "input", person("Autre", "blanc@example.test", null), "v", 0));
        assertThat(stale.<List<String>>read("$.data.contactUpdate.userErrors[*].code")).containsExactly("STALE_VERSION");
        assertThat(stale.<List<String>>read("$.data.contactUpdate.userErrors[0].field")).containsExactly("expectedVersion");
        assertThat(api.queryWithToken(school.admin(), NODE, Map.of("id", id)).<String>read("$.data.node.displayName"))
                .isEqualTo("Léa Blanc-Morel");
    }

    @Test
    void tagsAreCountedAndStagesKeepTheirHistory() {
        String one = created(school.admissions(), person("Vert", "vert@example.test", null));
        String two = created(school.admissions(), person("Gris", "gris@example.test", null));
        String tag = "mutation($id: ID!, $tags: [String!]!) { contactTagsAdd(id: $id, tags: $tags) { userErrors { code } contact { tags } } }";
        Fixtures.assertSucceeded(api.queryWithToken(school.admissions(), tag, Map.of("id", one, "tags", List.of("CAP", "Lyon"))));
        Fixtures.assertSucceeded(api.queryWithToken(school.admissions(), tag, Map.of("id", two, "tags", List.of("CAP"))));
        var tags = api.queryWithToken(school.finance(), """
                query($id: ID!) { node(id: $id) { ... on School { crmTags { label contacts } crmLifecycleTargets } } }""",
                Map.of("id", school.id()));
        assertThat(tags.<List<String>>read("$.data.node.crmTags[*].label")).containsExactly("CAP", "Lyon");
        assertThat(tags.<List<Integer>>read("$.data.node.crmTags[*].contacts")).containsExactly(2, 1);
        assertThat(tags.<List<String>>read("$.data.node.crmLifecycleTargets")).contains("TRAINING_ORGANISATION");

        String move = """
                mutation($id: ID!, $stage: LifecycleStage!, $target: String!) { contactStageMove(id: $id, input: {target: $target, stage: $stage}) {
                  userErrors { field code } contact { stages { target stage history { stage secondsSpent } } } } }""";
        Fixtures.assertSucceeded(api.queryWithToken(school.admissions(), move,
                Map.of("id", one, "target", "TRAINING_ORGANISATION", "stage", "AWARENESS")));
        var moved = Fixtures.assertSucceeded(api.queryWithToken(school.admissions(), move,
                Map.of("id", one, "target", "TRAINING_ORGANISATION", "stage", "DECISION")));
        assertThat(moved.<String>read("$.data.contactStageMove.contact.stages[0].stage")).isEqualTo("DECISION");
        assertThat(moved.<List<String>>read("$.data.contactStageMove.contact.stages[0].history[*].stage"))
                .containsExactly("AWARENESS");
        var unknown = api.queryWithToken(school.admissions(), move,
                Map.of("id", one, "target", "ASTRONAUT", "stage", "DECISION"));
        assertThat(unknown.<List<String>>read("$.data.contactStageMove.userErrors[0].field")).containsExactly("input", "target");
    }

    @Test
    void theOlderContactSurvivesAMergeWhicheverOrderAndAnUndoPutsBothBack() {
        String older = created(school.admissions(), person("Moreau", "moreau@example.test", null));
        Map<String, Object> newer = person("Moreau", "l.moreau@example.test", "+33 6 98 76 54 32");
        newer.put("tags", List.of("salon"));
        String younger = created(school.admissions(), newer);

        var merged = Fixtures.assertSucceeded(api.queryWithToken(school.admissions(), """
                mutation($keep: ID!, $merge: ID!) { contactMerge(keepId: $keep, mergeId: $merge) {
                  userErrors { code } contact { id email phone tags } mergedContactId } }""",
                Map.of("keep", younger, "merge", older)));
        assertThat(merged.<String>read("$.data.contactMerge.contact.id")).isEqualTo(older);
        assertThat(merged.<String>read("$.data.contactMerge.contact.email")).isEqualTo("moreau@example.test");
        assertThat(merged.<String>read("$.data.contactMerge.contact.phone")).isEqualTo("+33698765432");
        assertThat(merged.<String>read("$.data.contactMerge.mergedContactId")).isEqualTo(younger);
        assertThat(api.queryWithToken(school.admin(), NODE, Map.of("id", younger)).<Object>read("$.data.node")).isNull();
        assertThat(api.queryWithToken(school.admin(), CONTACTS, Map.of("school", school.id()))
                .<List<String>>read("$.data.node.contacts.edges[*].node.id")).containsExactly(older);

        var undone = Fixtures.assertSucceeded(api.queryWithToken(school.admin(), """
                mutation($id: ID!) { contactMergeUndo(mergedContactId: $id) {
                  userErrors { code } contact { id phone tags } restored { id phone tags } } }""", Map.of("id", younger)));
        assertThat(undone.<Object>read("$.data.contactMergeUndo.contact.phone")).isNull();
        assertThat(undone.<List<String>>read("$.data.contactMergeUndo.contact.tags")).isEmpty();
        assertThat(undone.<String>read("$.data.contactMergeUndo.restored.phone")).isEqualTo("+33698765432");
        assertThat(api.queryWithToken(school.admin(), CONTACTS, Map.of("school", school.id()))
                .<List<String>>read("$.data.node.contacts.edges[*].node.id")).containsExactlyInAnyOrder(older, younger);

        var byFinance = api.queryWithToken(school.finance(), """
                mutation($keep: ID!, $merge: ID!) { contactMerge(keepId: $keep, mergeId: $merge) { contact { id } } }""",
                Map.of("keep", younger, "merge", older));
        assertThat(byFinance.errorClassification()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aContactIsNotMergedWithItselfAndAMergeIsNotUndoneWhileItsSurvivorIsMergedAway() {
        String oldest = created(school.admissions(), person("Petit", "petit@example.test", null));
        String middle = created(school.admissions(), person("Petit", "p.petit@example.test", null));
        String youngest = created(school.admissions(), person("Petit", "petit.p@example.test", null));
        String merge = """
                mutation($keep: ID!, $merge: ID!) { contactMerge(keepId: $keep, mergeId: $merge) {
                  userErrors { field code message } mergedContactId } }""";

        var itself = api.queryWithToken(school.admissions(), merge, Map.of("keep", middle, "merge", middle));
        assertThat(itself.<String>read("$.data.contactMerge.userErrors[0].message"))
                .isEqualTo("Choisissez deux contacts différents à fusionner.");

        Fixtures.assertSucceeded(api.queryWithToken(school.admissions(), merge,
                Map.of("keep", middle, "merge", youngest)));
        Fixtures.assertSucceeded(api.queryWithToken(school.admissions(), merge,
                Map.of("keep", oldest, "merge", middle)));
        var refused = api.queryWithToken(school.admissions(), """
                mutation($id: ID!) { contactMergeUndo(mergedContactId: $id) {
                  userErrors { field code message } restored { id } } }""", Map.of("id", youngest));
        assertThat(refused.<String>read("$.data.contactMergeUndo.userErrors[0].code")).isEqualTo("INVALID_STATE");
        assertThat(refused.<String>read("$.data.contactMergeUndo.userErrors[0].message"))
                .startsWith("Le contact conservé a depuis été fusionné");
        assertThat(refused.<Object>read("$.data.contactMergeUndo.restored")).isNull();
    }

    @Test
    void aSegmentCountsTheContactsItsFilterSelectsForItsSchoolOnly() {
        Map<String, Object> seeker = person("Faure", "faure@example.test", null);
        seeker.put("situation", "JOB_SEEKER");
        seeker.put("birthYear", 1990);
        seeker.put("address", Map.of("postalCode", "69003", "city", "Lyon"));
        seeker.put("tags", List.of("CAP"));
        created(school.admissions(), seeker);
        Map<String, Object> elsewhere = new HashMap<>(seeker);
        elsewhere.putAll(person("Girard", "girard@example.test", null));
        elsewhere.put("address", Map.of("postalCode", "75011", "city", "Paris"));
        created(school.admissions(), elsewhere);
        Map<String, Object> employee = person("Henry", "henry@example.test", null);
        employee.put("situation", "EMPLOYEE");
        employee.put("address", Map.of("postalCode", "69100", "city", "Villeurbanne"));
        created(school.admissions(), employee);

        String define = """
                mutation($school: ID!, $input: SegmentInput!) { segmentCreate(schoolId: $school, input: $input) {
                  userErrors { field code } segment { id count contacts(first: 10) { edges { node { familyName } } } } } }""";
        Map<String, Object> input = Map.of("name", "Demandeurs d'emploi du Rhône", "filter", Map.of(
                "situations", List.of("JOB_SEEKER"), "departments", List.of("69"), "minAge", 18, "maxAge", 60,
                "tagsAny", List.of("CAP"), "noInteractionForDays", 30));
        var byAdmissions = api.queryWithToken(school.admissions(), define, Map.of("school", school.id(), "input", input));
        assertThat(byAdmissions.errorClassification()).isEqualTo("FORBIDDEN");
        var segment = Fixtures.assertSucceeded(api.queryWithToken(school.admin(), define,
                Map.of("school", school.id(), "input", input)));
        assertThat(segment.<Integer>read("$.data.segmentCreate.segment.count")).isEqualTo(1);
        assertThat(segment.<List<String>>read("$.data.segmentCreate.segment.contacts.edges[*].node.familyName"))
                .containsExactly("Faure");
        String id = segment.read("$.data.segmentCreate.segment.id");

        String read = "query($id: ID!) { node(id: $id) { ... on Segment { name count countIsExact } } }";
        var readByAdmissions = api.queryWithToken(school.admissions(), read, Map.of("id", id));
        assertThat(readByAdmissions.<Integer>read("$.data.node.count")).isEqualTo(1);
        assertThat(readByAdmissions.<Boolean>read("$.data.node.countIsExact")).isTrue();
        assertThat(api.queryWithToken(school.finance(), read, Map.of("id", id)).<Integer>read("$.data.node.count"))
                .as("it selects by situation, age and region, which finance does not read").isZero();
        assertThat(api.queryWithToken(school.staff(), read, Map.of("id", id)).<Object>read("$.data.node")).isNull();
        assertThat(api.query("school-admin-b", read, Map.of("id", id)).<Object>read("$.data.node")).isNull();

        String byRegion = """
                query($id: ID!) { node(id: $id) { ... on School { contacts(filter: {departments: ["69"]}) {
                  edges { node { familyName } } } } } }""";
        var filtered = api.queryWithToken(school.admissions(), byRegion, Map.of("id", school.id()));
        assertThat(filtered.<List<String>>read("$.data.node.contacts.edges[*].node.familyName"))
                .containsExactly("Faure", "Henry");
        assertThat(api.queryWithToken(school.finance(), byRegion, Map.of("id", school.id())).errorClassification())
                .isEqualTo("FORBIDDEN");
        var outOfBounds = api.queryWithToken(school.admissions(), """
                query($id: ID!) { node(id: $id) { ... on School { contacts(filter: {minAge: 3}) { edges { cursor } } } } }""",
                Map.of("id", school.id()));
        assertThat(outOfBounds.errorClassification()).isEqualTo("BAD_REQUEST");

        var invalid = api.queryWithToken(school.admin(), define, Map.of("school", school.id(), "input", Map.of(
                "name", "Bad", "filter", Map.of("departments", List.of("ZZ"), "minAge", 70, "maxAge", 20))));
        assertThat(invalid.<List<String>>read("$.data.segmentCreate.userErrors[*].field[2]"))
                .containsExactlyInAnyOrder("departments", "maxAge");
    }

    @Test
    void theDemoAdmissionsAdvisorWorksMecaFormationsCrmAndItsSegment() {
        var crm = api.query("admissions-b", """
                query($id: ID!) { node(id: $id) { ... on School { contacts(first: 100) { edges { node { id } } }
                  crmSegments { name count } crmLifecycleTargets } } }""", Map.of("id", SCHOOL_B));
        assertThat(crm.<List<String>>read("$.data.node.contacts.edges[*].node.id"))
                .contains(globalId("Contact", "demo-contact-karim-benali"), globalId("Contact", "demo-contact-k-benali"));
        assertThat(crm.<String>read("$.data.node.crmSegments[0].name")).isEqualTo("Demandeurs d'emploi du Rhône");
        assertThat(crm.<Integer>read("$.data.node.crmSegments[0].count")).as("Karim Benali, Nadia Haddad").isEqualTo(2);
        assertThat(crm.<List<String>>read("$.data.node.crmLifecycleTargets")).containsExactly("CANDIDAT", "ENTREPRISE", "FINANCEUR");
        assertThat(api.query("school-admin-a", NODE, Map.of("id", globalId("Contact", "demo-contact-karim-benali")))
                .<Object>read("$.data.node")).isNull();
    }

    static final String IMPORT = """
            mutation($school: ID!, $csv: String!) { contactsImport(schoolId: $school, input: {csv: $csv}) {
              userErrors { field code message } report { rows createdIds existing { line contactId }
              rejections { line problems { column message } } } } }""";

    @Test
    void anImportCreatesGoodRowsRejectsBadOnesReportsDuplicatesAndCreatesNothingTheSecondTime() {
        String already = created(school.admissions(), person("Lambert", "lambert@example.test", null));
        String csv = """
                family_name;given_name;email;phone;postal_code;city;birth_year;situation;source;tags
                Nguyen;Minh;minh.nguyen@example.test;+33 6 11 22 33 44;69003;Lyon;1998;job_seeker;google_ads;"CAP;Lyon"
                Lambert;Paul;LAMBERT@example.test;;;;;;;
                ;Sans;nom@example.test;;;;1800;ASTRONAUT;;
                Nguyen;M.;;+33611223344;;;;;;
                """;
        var first = Fixtures.assertSucceeded(api.queryWithToken(school.admissions(), IMPORT,
                Map.of("school", school.id(), "csv", csv)));
        assertThat(first.<Integer>read("$.data.contactsImport.report.rows")).isEqualTo(4);
        List<String> createdIds = first.read("$.data.contactsImport.report.createdIds");
        assertThat(createdIds).hasSize(1);
        assertThat(first.<List<Integer>>read("$.data.contactsImport.report.existing[*].line")).containsExactly(3, 5);
        assertThat(first.<List<String>>read("$.data.contactsImport.report.existing[*].contactId"))
                .containsExactly(already, createdIds.get(0));
        assertThat(first.<List<Integer>>read("$.data.contactsImport.report.rejections[*].line")).containsExactly(4);
        assertThat(first.<List<String>>read("$.data.contactsImport.report.rejections[0].problems[*].column"))
                .containsExactlyInAnyOrder("family_name", "birth_year", "situation");

        var again = Fixtures.assertSucceeded(api.queryWithToken(school.admissions(), IMPORT,
                Map.of("school", school.id(), "csv", csv)));
        assertThat(again.<List<String>>read("$.data.contactsImport.report.createdIds")).isEmpty();

        var formula = api.queryWithToken(school.admissions(), IMPORT, Map.of("school", school.id(),
                "csv", "family_name,email\n=HYPERLINK(\"x\"),a@example.test\n"));
        assertThat(formula.<List<String>>read("$.data.contactsImport.userErrors[*].code")).containsExactly("INVALID");
        assertThat(formula.<Object>read("$.data.contactsImport.report")).isNull();

        String roles = "query($id: ID!) { node(id: $id) { ... on Contact { roles } } }";
        assertThat(api.queryWithToken(school.admissions(), roles,
                Map.of("id", createdIds.get(0))).<List<String>>read("$.data.node.roles")).containsExactly("PROSPECT");

        var byFinance = api.queryWithToken(school.finance(), IMPORT, Map.of("school", school.id(), "csv", csv));
        assertThat(byFinance.errorClassification()).isEqualTo("FORBIDDEN");
        String broken = "family_name,email\n=HYPERLINK(\"x\"),a@example.test\n";
        for (String outsider : List.of(school.staff(), people.newcomer().token())) {
            var refused = api.queryWithToken(outsider, IMPORT, Map.of("school", school.id(), "csv", broken));
            assertThat(refused.errorClassification()).isEqualTo("NOT_FOUND");
            assertThat(refused.body()).as("no word on the file").doesNotContain("userErrors", "csv");
        }
    }
}
