package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * What the event-driven end-to-end tests share: creating their own schools, companies and invitations (so the demo
 * data stays as seeded), reading the asynchronous effects (audit trail, jobs, mailbox) and waiting for them with a
 * bounded patience.
 */
final class Fixtures {

    /**
     * How long an asynchronous effect may take before a test gives up: the job runner polls every 500 ms, and the
     * shared context's jobs (relay, notifications, automations) can queue behind another test's burst of events.
     */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    static final String AUDIT_ENTRY = """
            eventId action objectType objectId objectVersion changedFields occurredAt
            actor { subject roles organisationId onBehalfOfId client }""";

    static final String JOB = """
            id kind handler status dueAt attempts lastError eventType objectType objectId reminderKey createdAt finishedAt""";

    private final GraphQlHttp api;

    Fixtures(GraphQlHttp api) {
        this.api = api;
    }

    // ---- waiting -------------------------------------------------------------------------------------------------

    /** Polls the probe until its value satisfies the condition, for at most {@link #PATIENCE}; returns that value. */
    static <T> T eventually(Callable<T> probe, Predicate<? super T> done) {
        return Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(probe, done::test);
    }

    // ---- mutations -----------------------------------------------------------------------------------------------

    /** Runs a mutation that must succeed: no top-level error, no user error. */
    GraphQlHttp.Reply succeed(String persona, String document, Map<String, Object> variables) {
        return assertSucceeded(api.query(persona, document, variables));
    }

    static GraphQlHttp.Reply assertSucceeded(GraphQlHttp.Reply reply) {
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(reply.<List<Object>>read("$.data.*.userErrors[*]")).as(reply.toString()).isEmpty();
        return reply;
    }

    /**
     * A request refused for a malformed value of this scalar: answered (never a 500, never an internal error), with a
     * classified error naming the scalar, and nothing done. graphql-java classifies a scalar's refusal of a variable
     * as ValidationError; the documented client-side class is BAD_REQUEST.
     */
    static void assertClassifiedBadInput(GraphQlHttp.Reply reply, String scalar) {
        assertThat(reply.status()).as(reply.toString()).isIn(200, 400);
        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo("BAD_REQUEST");
        assertThat(reply.errorMessage()).as(reply.toString()).contains(scalar);
        Map<String, Object> data = reply.find("$.data");
        assertThat(data == null ? List.of() : new ArrayList<>(data.values())).as(reply.toString())
                .allMatch(java.util.Objects::isNull);
    }

    /** Runs a mutation that must be refused with user errors of these codes; returns the reply. */
    GraphQlHttp.Reply refuse(String persona, String document, Map<String, Object> variables, String... codes) {
        var reply = api.query(persona, document, variables);
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(reply.<List<String>>read("$.data.*.userErrors[*].code")).as(reply.toString()).containsExactly(codes);
        return reply;
    }

    /** A new school registered by the platform admin; returns its global id. */
    String newSchool(String name) {
        return succeed("platform-admin", """
                mutation($name: String!) { schoolRegister(input: {name: $name, kind: SOUND}) { userErrors { code } school { id } } }""",
                Map.of("name", name)).read("$.data.schoolRegister.school.id");
    }

    /** A new company registered by a persona (who becomes its first recruiter unless they read everything). */
    String newCompany(String persona, String legalName) {
        return succeed(persona, """
                mutation($name: String!, $siret: String!) { companyRegister(input: {legalName: $name, siret: $siret, kind: FLEET}) {
                  userErrors { code } company { id } } }""", Map.of("name", legalName, "siret", validSiret()))
                .read("$.data.companyRegister.company.id");
    }

    /** Invites an e-mail into a school (as the persona); returns the membership's global id. */
    String inviteToSchool(String persona, String schoolId, String email, String role) {
        return succeed(persona, """
                mutation($id: ID!, $email: Email!, $role: MembershipRole!) { schoolMemberInvite(id: $id, input: {email: $email, role: $role}) {
                  userErrors { code } membership { id } } }""", Map.of("id", schoolId, "email", email, "role", role))
                .read("$.data.schoolMemberInvite.membership.id");
    }

    /** Invites an e-mail into a company (as the persona); returns the membership's global id. */
    String inviteToCompany(String persona, String companyId, String email, String role) {
        return succeed(persona, """
                mutation($id: ID!, $email: Email!, $role: MembershipRole!) { companyMemberInvite(id: $id, input: {email: $email, role: $role}) {
                  userErrors { code } membership { id } } }""", Map.of("id", companyId, "email", email, "role", role))
                .read("$.data.companyMemberInvite.membership.id");
    }

    static final String ACCEPT = """
            mutation($id: ID!) { membershipAccept(id: $id) { userErrors { code } membership { id status } } }""";

    void accept(String persona, String membershipId) {
        succeed(persona, ACCEPT, Map.of("id", membershipId));
    }

    /** The person (by their own token) chooses the language of what Passerelle tells them, as a client would. */
    void choosesLanguage(String token, String language) {
        assertSucceeded(api.queryWithToken(token, """
                mutation($language: Language!) { notificationSettingsUpdate(input: {language: $language}) {
                  userErrors { code } } }""", Map.of("language", language)));
    }

    /** A new school the learner persona administers (invited by the platform admin, accepted by the learner). */
    String newSchoolAdministeredByTheLearner(String name) {
        String school = newSchool(name);
        accept("learner", inviteToSchool("platform-admin", school, "learner@passerelle.dev", "SCHOOL_ADMIN"));
        return school;
    }

    /** The object's current {@code version}, as the platform admin (who sees everything) reads it. */
    int versionOf(String id) {
        return api.query("platform-admin", "query($id: ID!) { node(id: $id) { ... on School { version } ... on Company { version } } }",
                Map.of("id", id)).read("$.data.node.version");
    }

    /** The token subject of a persona, as the API itself reports it. */
    String subjectOf(String persona) {
        return api.query(persona, "{ viewer { subject } }").read("$.data.viewer.subject");
    }

    // ---- audit trail ---------------------------------------------------------------------------------------------

    /** The audit trail (newest first) matching a filter, read by the platform admin: every page, in order. */
    List<Map<String, Object>> auditTrail(Map<String, Object> filter) {
        List<Map<String, Object>> entries = new ArrayList<>();
        String after = null;
        do {
            var variables = new HashMap<String, Object>(Map.of("filter", filter, "first", 100));
            if (after != null) {
                variables.put("after", after);
            }
            var reply = api.query("platform-admin", """
                    query($filter: AuditFilter, $first: Int, $after: String) { auditTrail(filter: $filter, first: $first, after: $after) {
                      edges { node { %s } } pageInfo { hasNextPage endCursor } } }""".formatted(AUDIT_ENTRY), variables);
            assertThat(reply.errorClassification()).as(reply.toString()).isNull();
            entries.addAll(reply.read("$.data.auditTrail.edges[*].node"));
            after = Boolean.TRUE.equals(reply.read("$.data.auditTrail.pageInfo.hasNextPage"))
                    ? reply.read("$.data.auditTrail.pageInfo.endCursor") : null;
        } while (after != null);
        return entries;
    }

    /** The entries of one object, newest first, once there are at least this many. */
    List<Map<String, Object>> awaitAuditOf(String objectId, int atLeast) {
        return eventually(() -> auditTrail(Map.of("objectId", objectId)), entries -> entries.size() >= atLeast);
    }

    // ---- jobs ----------------------------------------------------------------------------------------------------

    /** Every job in a state (as the platform admin), by due time. */
    List<Map<String, Object>> jobs(String status) {
        List<Map<String, Object>> jobs = new ArrayList<>();
        String after = null;
        do {
            var variables = new HashMap<String, Object>(Map.of("status", status, "first", 100));
            if (after != null) {
                variables.put("after", after);
            }
            var reply = api.query("platform-admin", """
                    query($status: JobStatus, $first: Int, $after: String) { jobs(status: $status, first: $first, after: $after) {
                      edges { node { %s } } pageInfo { hasNextPage endCursor } } }""".formatted(JOB), variables);
            assertThat(reply.errorClassification()).as(reply.toString()).isNull();
            jobs.addAll(reply.read("$.data.jobs.edges[*].node"));
            after = Boolean.TRUE.equals(reply.read("$.data.jobs.pageInfo.hasNextPage"))
                    ? reply.read("$.data.jobs.pageInfo.endCursor") : null;
        } while (after != null);
        return jobs;
    }

    Optional<Map<String, Object>> job(String status, Predicate<Map<String, Object>> which) {
        return jobs(status).stream().filter(which).findFirst();
    }

    /** Waits until a job matching the predicate is in the state, and returns it. */
    Map<String, Object> awaitJob(String status, Predicate<Map<String, Object>> which) {
        return eventually(() -> job(status, which), Optional::isPresent).orElseThrow();
    }

    /** The delivery of an object's event of this type to one subscriber ({@code audit}, {@code notifications}…). */
    static Predicate<Map<String, Object>> delivery(String objectId, String eventType, String handler) {
        return job -> objectId.equals(job.get("objectId")) && eventType.equals(job.get("eventType"))
                && handler.equals(job.get("handler"));
    }

    // ---- dev mailbox ---------------------------------------------------------------------------------------------

    /** The mails the dev SMTP sink received for an address, oldest first (read as any signed-in persona). */
    List<Map<String, Object>> mailbox(String email) {
        var reply = api.getAs("recruiter-y", "/dev/mailbox?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.read("$[*]");
    }

    // ---- ids and values ------------------------------------------------------------------------------------------

    /** A readable unique text, so every test names its own objects. */
    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fresh e-mail address nobody else uses. */
    static String freshEmail() {
        return "invitee-" + UUID.randomUUID() + "@example.test";
    }

    /**
     * The local id inside a global id. Clients must not parse ids; tests may, to match what the API exposes as
     * plain keys (a reminder's {@code invitation/<membership id>}).
     */
    static String localIdOf(String globalId) {
        String raw = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
        return raw.substring(raw.indexOf(':') + 1);
    }

    /** A fresh SIRET with a valid Luhn check digit. */
    static String validSiret() {
        String body = String.format("%013d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 10_000_000_000_000L));
        for (int check = 0; check <= 9; check++) {
            String candidate = body + check;
            if (!candidate.startsWith("356000000") && luhn(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("unreachable: one check digit always fits");
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
