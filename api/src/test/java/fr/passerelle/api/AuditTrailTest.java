package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.freshEmail;
import static fr.passerelle.api.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit trail end to end: every school, company and membership mutation is recorded once, in the background,
 * naming who acted (subject, roles, OAuth2 client), for which organisation (as its member or on its behalf), and
 * which fields changed, never their values. Only platform admins read the whole trail; each object's history is
 * visible to whoever may see the object.
 */
class AuditTrailTest extends ApiTest {

    private static final String ADMIN = "platform-admin";
    private static final String ADVISOR = "advisor";
    private static final String LEARNER = "learner";

    private static final String UPDATE_SCHOOL = """
            mutation($id: ID!, $name: String!, $description: String, $v: Int) { schoolUpdateProfile(id: $id,
              input: {name: $name, kind: SOUND, description: $description, expectedVersion: $v}) { userErrors { field code } school { id } } }""";
    private static final String CHANGE_TIER = """
            mutation($id: ID!, $tier: PartnershipTier!, $v: Int) { schoolChangeTier(id: $id, input: {tier: $tier, expectedVersion: $v}) {
              userErrors { field code } school { id } } }""";
    private static final String ADD_PROGRAM = """
            mutation($id: ID!, $code: String!, $months: Int) { schoolProgramAdd(id: $id, input: {code: $code, name: "Programme", durationMonths: $months}) {
              userErrors { field code } school { id } } }""";
    private static final String REMOVE_PROGRAM = """
            mutation($id: ID!, $code: String!) { schoolProgramRemove(id: $id, code: $code) { userErrors { field code } school { id } } }""";
    private static final String UPDATE_COMPANY = """
            mutation($id: ID!, $name: String!, $siret: String!, $description: String, $v: Int) { companyUpdateProfile(id: $id,
              input: {legalName: $name, siret: $siret, kind: FLEET, description: $description, expectedVersion: $v}) {
              userErrors { field code } company { id } } }""";
    private static final String ADD_SITE = """
            mutation($id: ID!, $name: String!, $lat: Float) { companySiteAdd(id: $id, input: {name: $name,
              address: {postalCode: "69007", city: "Lyon", latitude: $lat, longitude: 4.83}}) { userErrors { field code } company { id } } }""";
    private static final String VERIFY = """
            mutation($id: ID!, $v: Int!, $note: String) { companyVerify(id: $id, expectedVersion: $v, note: $note) {
              userErrors { field code } company { id } } }""";
    private static final String REJECT = """
            mutation($id: ID!, $v: Int!, $reason: String!) { companyReject(id: $id, expectedVersion: $v, reason: $reason) {
              userErrors { field code } company { id } } }""";
    private static final String INVITE_TO_SCHOOL = """
            mutation($id: ID!, $email: Email!, $role: MembershipRole!) { schoolMemberInvite(id: $id, input: {email: $email, role: $role}) {
              userErrors { field code } membership { id } } }""";

    private static final List<String> CREATED_MEMBERSHIP =
            List.of("tenant", "role", "email", "status", "invitedBy", "invitedAt");
    private static final List<String> VETTING =
            List.of("vetting.status", "vetting.note", "vetting.decidedBy", "vetting.decidedAt");

    /** A persona as tokens describe it: subject and platform roles. */
    private record Who(String subject, List<String> roles) {
    }

    private static final Map<String, Who> PERSONAS = new ConcurrentHashMap<>();

    @Test
    void everySchoolMutationLeavesExactlyOneEntryNamingWhoActedForWhichOrganisationAndWhichFields() {
        String name = unique("École Audit");
        String description = "Confidential " + UUID.randomUUID();
        String staffEmail = freshEmail();

        String school = given.newSchool(name);
        given.succeed(ADMIN, UPDATE_SCHOOL, Map.of("id", school, "name", name, "description", description));
        given.succeed(ADMIN, CHANGE_TIER, Map.of("id", school, "tier", "CERTIFIED"));
        String learnerInvitation = given.inviteToSchool(ADMIN, school, "learner@passerelle.dev", "SCHOOL_ADMIN");
        given.accept(LEARNER, learnerInvitation);
        given.succeed(LEARNER, ADD_PROGRAM, Map.of("id", school, "code", "AUD1"));
        given.succeed(LEARNER, REMOVE_PROGRAM, Map.of("id", school, "code", "AUD1"));
        given.succeed(LEARNER, UPDATE_SCHOOL, Map.of("id", school, "name", name, "description", description + " v2"));
        String staffInvitation = given.inviteToSchool(LEARNER, school, staffEmail, "SCHOOL_STAFF");

        var schoolTrail = assertTrail(school,
                personal("school.registered", "School", school, ADMIN, "profile", "tier", "programs", "createdBy"),
                onBehalfOf(school, "school.profile_updated", "School", school, ADMIN, "profile.description"),
                onBehalfOf(school, "school.tier_changed", "School", school, ADMIN, "tier"),
                asMemberOf(school, "school.program_added", "School", school, LEARNER, "programs"),
                asMemberOf(school, "school.program_removed", "School", school, LEARNER, "programs"),
                asMemberOf(school, "school.profile_updated", "School", school, LEARNER, "profile.description"));
        var invitationTrail = assertTrail(learnerInvitation,
                onBehalfOf(school, "membership.invited", "Membership", learnerInvitation, ADMIN, CREATED_MEMBERSHIP),
                asMemberOf(school, "membership.activated", "Membership", learnerInvitation, LEARNER, "subject", "status", "activatedAt"));
        var staffTrail = assertTrail(staffInvitation,
                asMemberOf(school, "membership.invited", "Membership", staffInvitation, LEARNER, CREATED_MEMBERSHIP));

        assertThat(List.of(schoolTrail, invitationTrail, staffTrail).toString())
                .as("entries name fields, never values")
                .doesNotContain(name, description, staffEmail, "learner@passerelle.dev", "CERTIFIED", "AUD1");
    }

    @Test
    void everyCompanyMutationLeavesExactlyOneEntryNamingWhoActedForWhichOrganisationAndWhichFields() {
        String legalName = unique("Audit Transports SAS");
        String note = "Kbis checked " + UUID.randomUUID();
        String reason = "Unknown SIRET " + UUID.randomUUID();
        String tutorEmail = freshEmail();

        String company = given.newCompany(LEARNER, legalName);
        String siret = siretOf(company);
        given.succeed(LEARNER, UPDATE_COMPANY, Map.of("id", company, "name", legalName, "siret", siret, "description", note));
        given.succeed(LEARNER, ADD_SITE, Map.of("id", company, "name", "Dépôt Gerland", "lat", 45.73));
        String tutorInvitation = given.inviteToCompany(LEARNER, company, tutorEmail, "TUTOR");
        given.succeed(ADVISOR, VERIFY, Map.of("id", company, "v", given.versionOf(company), "note", note));
        given.succeed(ADMIN, REJECT, Map.of("id", company, "v", given.versionOf(company), "reason", reason));
        given.succeed(ADMIN, UPDATE_COMPANY, Map.of("id", company, "name", legalName, "siret", siret, "description", reason));

        var companyTrail = assertTrail(company,
                personal("company.registered", "Company", company, LEARNER, "profile", "sites", "vetting", "createdBy"),
                asMemberOf(company, "company.profile_updated", "Company", company, LEARNER, "profile.description"),
                asMemberOf(company, "company.site_added", "Company", company, LEARNER, "sites"),
                onBehalfOf(company, "company.verified", "Company", company, ADVISOR, VETTING),
                onBehalfOf(company, "company.rejected", "Company", company, ADMIN, VETTING),
                onBehalfOf(company, "company.profile_updated", "Company", company, ADMIN, "profile.description"));
        var tutorTrail = assertTrail(tutorInvitation,
                asMemberOf(company, "membership.invited", "Membership", tutorInvitation, LEARNER, CREATED_MEMBERSHIP));
        // Self-registration also enrols the registrant as the first recruiter: that membership has its own entry,
        // naming the company the registrant joined.
        String enrolment = membershipOf(LEARNER, company);
        var enrolmentTrail = assertTrail(enrolment, asMemberOf(company, "membership.activated", "Membership", enrolment, LEARNER,
                "tenant", "role", "email", "subject", "status", "invitedBy", "invitedAt", "activatedAt"));

        assertThat(List.of(companyTrail, tutorTrail, enrolmentTrail).toString())
                .as("entries name fields, never values")
                .doesNotContain(legalName, siret, note, reason, tutorEmail, "Dépôt Gerland", "learner@passerelle.dev");

        String registeredByAdmin = given.newCompany(ADMIN, unique("Admin Fleet SAS"));
        assertTrail(registeredByAdmin,
                personal("company.registered", "Company", registeredByAdmin, ADMIN, "profile", "sites", "vetting", "createdBy"));
    }

    @Test
    void aRefusedMutationLeavesNoEntry() {
        String school = given.newSchool(unique("École Refus"));
        given.refuse(ADMIN, UPDATE_SCHOOL, Map.of("id", school, "name", "Renamed", "v", 7), "STALE_VERSION");
        given.refuse(ADMIN, UPDATE_SCHOOL, Map.of("id", school, "name", " "), "REQUIRED");
        given.refuse(ADMIN, CHANGE_TIER, Map.of("id", school, "tier", "PREMIUM", "v", 7), "STALE_VERSION");
        given.refuse(ADMIN, ADD_PROGRAM, Map.of("id", school, "code", "BAD", "months", 0), "OUT_OF_RANGE");
        given.refuse(ADMIN, REMOVE_PROGRAM, Map.of("id", school, "code", "NONE"), "INVALID");
        given.refuse(ADMIN, INVITE_TO_SCHOOL, Map.of("id", school, "email", freshEmail(), "role", "TUTOR"), "INVALID");
        // A successful change last: once its entry is there, any entry of the refused ones (earlier) would be too.
        given.succeed(ADMIN, ADD_PROGRAM, Map.of("id", school, "code", "GOOD"));
        assertTrail(school,
                personal("school.registered", "School", school, ADMIN, "profile", "tier", "programs", "createdBy"),
                onBehalfOf(school, "school.program_added", "School", school, ADMIN, "programs"));
        assertThat(given.auditTrail(Map.of("organisationId", school))).extracting(e -> e.get("action"))
                .as("no invitation was recorded either").containsExactly("school.program_added");

        String company = given.newCompany(ADMIN, unique("Refus SARL"));
        int version = given.versionOf(company);
        given.refuse(ADVISOR, VERIFY, Map.of("id", company, "v", version + 3), "STALE_VERSION");
        given.refuse(ADVISOR, REJECT, Map.of("id", company, "v", version, "reason", " "), "REQUIRED");
        given.refuse(ADMIN, UPDATE_COMPANY, Map.of("id", company, "name", "Refus SARL", "siret", "12345678901234"), "INVALID");
        given.refuse(ADMIN, ADD_SITE, Map.of("id", company, "name", "Sans coordonnées"), "REQUIRED");
        given.succeed(ADMIN, ADD_SITE, Map.of("id", company, "name", "Avec coordonnées", "lat", 45.7));
        assertTrail(company,
                personal("company.registered", "Company", company, ADMIN, "profile", "sites", "vetting", "createdBy"),
                onBehalfOf(company, "company.site_added", "Company", company, ADMIN, "sites"));
    }

    @Test
    void aRefusedRegistrationLeavesNoEntry() {
        String before = given.newSchool(unique("École Avant"));
        given.refuse(ADMIN, """
                mutation { schoolRegister(input: {name: " ", kind: SOUND}) { userErrors { code } school { id } } }""",
                Map.of(), "REQUIRED");
        given.refuse(ADMIN, """
                mutation { companyRegister(input: {legalName: "Bad SIRET", siret: "12345678901234", kind: OTHER}) {
                  userErrors { code } company { id } } }""", Map.of(), "INVALID");
        String after = given.newSchool(unique("École Après"));

        String from = (String) given.awaitAuditOf(before, 1).get(0).get("occurredAt");
        String to = (String) given.awaitAuditOf(after, 1).get(0).get("occurredAt");
        var between = given.auditTrail(Map.of("actorSubject", who(ADMIN).subject(), "from", from, "to", to));
        assertThat(between).extracting(e -> e.get("objectId")).containsExactly(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"advisor", "school-admin-a", "school-admin-b", "recruiter-x", "recruiter-y", "learner"})
    void onlyPlatformAdminsReadTheAuditTrail(String persona) {
        var reply = api.query(persona, "{ auditTrail(first: 5) { edges { node { eventId } } } }");
        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo("FORBIDDEN");
        assertThat(reply.<Object>find("$.data")).isNull();

        var filtered = api.query(persona, "query($id: ID!) { auditTrail(filter: {objectId: $id}) { edges { node { eventId } } } }",
                Map.of("id", persona.startsWith("school") ? SCHOOL_A : COMPANY_X));
        assertThat(filtered.errorClassification()).as("not even about one's own organisation").isEqualTo("FORBIDDEN");
    }

    @Test
    void theTrailFiltersByObjectActorActionOrganisationAndTime() {
        String company = given.newCompany(LEARNER, unique("Filtres SAS"));
        String siret = siretOf(company);
        given.succeed(LEARNER, ADD_SITE, Map.of("id", company, "name", "Site 1", "lat", 45.7));
        String invitation = given.inviteToCompany(LEARNER, company, freshEmail(), "TUTOR");
        given.succeed(ADMIN, UPDATE_COMPANY, Map.of("id", company, "name", "Filtres SAS", "siret", siret));
        given.succeed(LEARNER, ADD_SITE, Map.of("id", company, "name", "Site 2", "lat", 45.7));
        var all = given.awaitAuditOf(company, 4);
        given.awaitAuditOf(invitation, 1);

        assertThat(all).extracting(e -> e.get("action")).containsExactly(
                "company.site_added", "company.profile_updated", "company.site_added", "company.registered");
        assertThat(all).extracting(e -> e.get("objectId")).containsOnly(company);

        assertThat(given.auditTrail(Map.of("objectId", company, "actorSubject", who(LEARNER).subject())))
                .extracting(e -> e.get("action"))
                .containsExactly("company.site_added", "company.site_added", "company.registered");
        assertThat(given.auditTrail(Map.of("objectId", company, "action", "company.profile_updated")))
                .extracting(e -> actor(e).get("subject")).containsExactly(who(ADMIN).subject());

        var forTheCompany = given.auditTrail(Map.of("organisationId", company));
        assertThat(forTheCompany).extracting(e -> e.get("action")).containsExactly("company.site_added",
                "company.profile_updated", "membership.invited", "company.site_added", "membership.activated");
        assertThat(forTheCompany).as("as its member or on its behalf").allSatisfy(e ->
                assertThat(List.of(String.valueOf(actor(e).get("organisationId")), String.valueOf(actor(e).get("onBehalfOfId"))))
                        .contains(company));

        // from is inclusive, to exclusive: the window [second oldest, newest) of this company's entries.
        String from = (String) all.get(2).get("occurredAt");
        String to = (String) all.get(0).get("occurredAt");
        var window = given.auditTrail(Map.of("objectId", company, "from", from, "to", to));
        List<Object> expected = new ArrayList<>();
        for (var entry : all) {
            Instant at = Instant.parse((String) entry.get("occurredAt"));
            if (!at.isBefore(Instant.parse(from)) && at.isBefore(Instant.parse(to))) {
                expected.add(entry.get("eventId"));
            }
        }
        assertThat(window).extracting(e -> e.get("eventId")).containsExactlyElementsOf(expected)
                .contains(all.get(2).get("eventId")).doesNotContain(all.get(0).get("eventId"), all.get(3).get("eventId"));

        var unknown = given.auditTrail(Map.of("actorSubject", "nobody-" + UUID.randomUUID()));
        assertThat(unknown).isEmpty();
    }

    @Test
    void filtersTakeGlobalIdsOfTheRightKind() {
        String membership = globalId("Membership", "whatever");
        var notAnOrganisation = api.query(ADMIN, "query($id: ID!) { auditTrail(filter: {organisationId: $id}) { edges { cursor } } }",
                Map.of("id", membership));
        assertThat(notAnOrganisation.errorClassification()).as(notAnOrganisation.toString()).isEqualTo("BAD_REQUEST");
        var malformed = api.query(ADMIN, "{ auditTrail(filter: {objectId: \"%%%\"}) { edges { cursor } } }");
        assertThat(malformed.errorClassification()).as(malformed.toString()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void timesBeyondTenYearsAreABadRequestNamingTheFieldAndTheServerStillAnswers() {
        String query = "query($from: DateTime, $to: DateTime) { auditTrail(first: 1, filter: {from: $from, to: $to}) "
                + "{ edges { cursor } } }";
        var farButWritable = api.query(ADMIN, query, Map.of("from", "0001-01-01T00:00:00Z", "to", "9999-12-31T23:59:59Z"));
        assertThat(farButWritable.status()).isEqualTo(200);
        assertThat(farButWritable.errorClassification()).as(farButWritable.toString()).isEqualTo("BAD_REQUEST");
        assertThat(farButWritable.errorMessage()).contains("from: Cette date doit être comprise entre",
                "to: Cette date doit être comprise entre");
        assertThat(farButWritable.<Object>find("$.data.auditTrail")).isNull();

        var unwritable = api.query(ADMIN, query, Map.of("from", "-999999999-01-01T00:00:00Z",
                "to", "+999999999-12-31T23:59:59Z"));
        Fixtures.assertClassifiedBadInput(unwritable, "DateTime");

        var now = Instant.now();
        var recent = api.query(ADMIN, query, Map.of("from", now.minus(Duration.ofDays(1)).toString(),
                "to", now.plus(Duration.ofDays(1)).toString()));
        assertThat(recent.errorClassification()).as(recent.toString()).isNull();
    }

    @Test
    void theTrailPagesNewestFirstWithCursors() {
        String school = given.newSchool(unique("École Pages"));
        for (int i = 1; i <= 5; i++) {
            given.succeed(ADMIN, ADD_PROGRAM, Map.of("id", school, "code", "P" + i));
        }
        var all = given.awaitAuditOf(school, 6);
        assertThat(all).extracting(e -> e.get("objectVersion")).containsExactly(5, 4, 3, 2, 1, 0);
        assertThat(all).extracting(e -> Instant.parse((String) e.get("occurredAt")))
                .isSortedAccordingTo(Comparator.reverseOrder());

        String page = """
                query($filter: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {
                  auditTrail(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
                    edges { cursor node { eventId } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""";
        List<Object> walked = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            var variables = new HashMap<String, Object>(Map.of("filter", Map.of("objectId", school), "first", 2));
            if (after != null) {
                variables.put("after", after);
            }
            var reply = api.query(ADMIN, page, variables);
            assertThat(reply.<List<Object>>read("$.data.auditTrail.edges")).hasSizeLessThanOrEqualTo(2);
            assertThat(reply.<Boolean>read("$.data.auditTrail.pageInfo.hasPreviousPage")).isEqualTo(after != null);
            walked.addAll(reply.read("$.data.auditTrail.edges[*].node.eventId"));
            cursors.addAll(reply.read("$.data.auditTrail.edges[*].cursor"));
            more = reply.read("$.data.auditTrail.pageInfo.hasNextPage");
            after = reply.read("$.data.auditTrail.pageInfo.endCursor");
        }
        assertThat(walked).isEqualTo(all.stream().map(e -> e.get("eventId")).toList());

        var backward = api.query(ADMIN, page, Map.of("filter", Map.of("objectId", school), "last", 2, "before", cursors.get(4)));
        assertThat(backward.<List<Object>>read("$.data.auditTrail.edges[*].node.eventId")).isEqualTo(walked.subList(2, 4));
        assertThat(backward.<Boolean>read("$.data.auditTrail.pageInfo.hasPreviousPage")).isTrue();
        assertThat(backward.<Boolean>read("$.data.auditTrail.pageInfo.hasNextPage")).isTrue();
    }

    @Test
    void historyIsVisibleToWhoeverSeesTheObjectAndToNobodyElse() {
        String school = given.newSchoolAdministeredByTheLearner(unique("École Historique"));
        given.succeed(ADMIN, CHANGE_TIER, Map.of("id", school, "tier", "PREMIUM"));
        var expected = given.awaitAuditOf(school, 2).stream().map(e -> e.get("eventId")).toList();

        String history = """
                query($id: ID!) { node(id: $id) { ... on School { history(first: 100) { edges { node { eventId action } } } }
                  ... on Company { history(first: 100) { edges { node { eventId action actor { subject } } } } } } }""";
        for (String reader : List.of(ADMIN, ADVISOR, LEARNER)) {
            assertThat(api.query(reader, history, Map.of("id", school)).<List<Object>>read("$.data.node.history.edges[*].node.eventId"))
                    .as(reader).isEqualTo(expected);
        }
        for (String stranger : List.of("school-admin-a", "school-admin-b", "recruiter-x")) {
            var reply = api.query(stranger, history, Map.of("id", school));
            assertThat(reply.errorClassification()).isNull();
            assertThat(reply.<Object>read("$.data.node")).as(stranger + " does not see the school, so no history").isNull();
        }

        // The demo objects' histories start with their seeding by the platform itself.
        var own = api.query("recruiter-x", history, Map.of("id", COMPANY_X));
        assertThat(own.<List<String>>read("$.data.node.history.edges[*].node.action")).contains("company.registered");
        assertThat(own.<List<String>>read("$.data.node.history.edges[?(@.node.action == 'company.registered')].node.actor.subject"))
                .containsExactly("system");
        assertThat(api.query("recruiter-y", history, Map.of("id", COMPANY_X)).<Object>read("$.data.node")).isNull();
        assertThat(api.query("school-admin-a", history, Map.of("id", SCHOOL_A)).<List<String>>read("$.data.node.history.edges[*].node.action"))
                .contains("school.registered");
        assertThat(api.query("school-admin-b", history, Map.of("id", SCHOOL_A)).<Object>read("$.data.node")).isNull();
        assertThat(api.query("school-admin-b", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", List.of(SCHOOL_A, school)))
                .<List<Object>>read("$.data.nodes")).containsExactly(null, null);
    }

    @Test
    void noMutationChangesOrDeletesAuditEntries() {
        var reply = api.query(ADMIN, "{ __type(name: \"Mutation\") { fields { name } } }");
        List<String> mutations = reply.read("$.data.__type.fields[*].name");
        assertThat(mutations).as("introspection answers in dev").contains("schoolRegister", "jobReplay");
        assertThat(mutations).noneMatch(name -> name.toLowerCase(Locale.ROOT).contains("audit"));
    }

    // ---- expectations ----------------------------------------------------------------------------------------------

    /** What one entry must say. */
    private record Expected(String action, String objectType, String objectId, String persona, String organisationId,
                            String onBehalfOfId, List<String> changedFields) {
    }

    /** An action taken for oneself (registering something new): no organisation named. */
    private static Expected personal(String action, String type, String id, String persona, String... fields) {
        return new Expected(action, type, id, persona, null, null, Arrays.asList(fields));
    }

    private static Expected asMemberOf(String organisation, String action, String type, String id, String persona,
                                       String... fields) {
        return asMemberOf(organisation, action, type, id, persona, Arrays.asList(fields));
    }

    private static Expected asMemberOf(String organisation, String action, String type, String id, String persona,
                                       List<String> fields) {
        return new Expected(action, type, id, persona, organisation, null, fields);
    }

    private static Expected onBehalfOf(String organisation, String action, String type, String id, String persona,
                                       String... fields) {
        return onBehalfOf(organisation, action, type, id, persona, Arrays.asList(fields));
    }

    private static Expected onBehalfOf(String organisation, String action, String type, String id, String persona,
                                       List<String> fields) {
        return new Expected(action, type, id, persona, null, organisation, fields);
    }

    /**
     * Waits for the object's entries and checks there is exactly one per expected action, newest first, each naming
     * the right actor, organisation and fields. Returns the entries.
     */
    private List<Map<String, Object>> assertTrail(String objectId, Expected... oldestFirst) {
        var entries = given.awaitAuditOf(objectId, oldestFirst.length);
        assertThat(entries).as("exactly one entry per mutation of " + objectId).hasSize(oldestFirst.length);
        for (int i = 0; i < oldestFirst.length; i++) {
            Expected expected = oldestFirst[i];
            var entry = entries.get(oldestFirst.length - 1 - i);
            var actor = actor(entry);
            Who who = who(expected.persona());
            String as = expected.action() + " by " + expected.persona() + ": " + entry;
            assertThat(entry.get("action")).as(as).isEqualTo(expected.action());
            assertThat(entry.get("objectType")).as(as).isEqualTo(expected.objectType());
            assertThat(entry.get("objectId")).as(as).isEqualTo(expected.objectId());
            assertThat(actor.get("subject")).as(as).isEqualTo(who.subject());
            assertThat(actor.get("roles")).as(as).isEqualTo(who.roles());
            assertThat(actor.get("client")).as(as).isEqualTo(expected.persona());
            assertThat(actor.get("organisationId")).as(as).isEqualTo(expected.organisationId());
            assertThat(actor.get("onBehalfOfId")).as(as).isEqualTo(expected.onBehalfOfId());
            assertThat(entry.get("changedFields")).as(as).isEqualTo(expected.changedFields());
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> actor(Map<String, Object> entry) {
        return (Map<String, Object>) entry.get("actor");
    }

    private Who who(String persona) {
        return PERSONAS.computeIfAbsent(persona, p -> {
            var viewer = api.query(p, "{ viewer { subject roles } }");
            return new Who(viewer.read("$.data.viewer.subject"), viewer.read("$.data.viewer.roles"));
        });
    }

    private String siretOf(String company) {
        return api.query(ADMIN, "query($id: ID!) { node(id: $id) { ... on Company { siret } } }", Map.of("id", company))
                .read("$.data.node.siret");
    }

    /** The persona's membership in the organisation (its global id). */
    private String membershipOf(String persona, String organisation) {
        List<String> ids = api.query(persona, "{ viewer { memberships { id school { id } company { id } } } }")
                .read("$.data.viewer.memberships[?(@.company.id == '%1$s' || @.school.id == '%1$s')].id".formatted(organisation));
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }
}
