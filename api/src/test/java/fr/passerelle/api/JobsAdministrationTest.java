package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.JOB;
import static fr.passerelle.api.Fixtures.delivery;
import static fr.passerelle.api.Fixtures.eventually;
import static fr.passerelle.api.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Background jobs are the platform admins' business: they watch deliveries and reminders and replay parked jobs.
 * For everyone else the jobs do not exist (FORBIDDEN to list or replay, null through {@code node}).
 */
class JobsAdministrationTest extends ApiTest {

    private static final String JOBS = "query($status: JobStatus) { jobs(status: $status, first: 5) { edges { node { id } } } }";
    private static final String REPLAY = """
            mutation($id: ID!) { jobReplay(id: $id) { userErrors { message field code } job { id status } } }""";
    private static final String NODE = "query($id: ID!) { node(id: $id) { ... on Job { %s } } }".formatted(JOB);

    /** A finished delivery job shared by the tests that only need one to exist. */
    private static volatile String someDoneJob;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"advisor", "school-admin-a", "school-admin-b", "recruiter-x", "recruiter-y", "learner"})
    void jobsAreForbiddenAndInvisibleToEveryoneButPlatformAdmins(String persona) {
        String job = someDoneJob();

        for (String status : List.of("PARKED", "DONE", "SCHEDULED")) {
            var listed = api.query(persona, JOBS, Map.of("status", status));
            assertThat(listed.errorClassification()).as(status + ": " + listed).isEqualTo("FORBIDDEN");
            assertThat(listed.<Object>find("$.data")).isNull();
        }
        var replayed = api.query(persona, REPLAY, Map.of("id", job));
        assertThat(replayed.errorClassification()).as(replayed.toString()).isEqualTo("FORBIDDEN");
        assertThat(replayed.<Object>find("$.data")).isNull();

        assertThat(api.query(persona, NODE, Map.of("id", job)).<Object>read("$.data.node")).isNull();
        assertThat(api.query(persona, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", List.of(job)))
                .<List<Object>>read("$.data.nodes")).containsExactly((Object) null);
    }

    @Test
    void platformAdminsSeeEachDeliveryWithItsEvent() {
        String school = given.newSchool(unique("École Livraisons"));
        given.succeed("platform-admin", """
                mutation($id: ID!) { schoolChangeTier(id: $id, input: {tier: CERTIFIED}) { userErrors { code } } }""",
                Map.of("id", school));

        var registered = given.awaitJob("DONE", delivery(school, "school.registered", "audit"));
        assertThat(registered.get("kind")).isEqualTo("EVENT_DELIVERY");
        assertThat(registered.get("objectType")).isEqualTo("School");
        assertThat(registered.get("status")).isEqualTo("DONE");
        assertThat(registered.get("attempts")).isEqualTo(1);
        assertThat(registered.get("lastError")).isNull();
        assertThat(registered.get("reminderKey")).isNull();
        assertThat(registered.get("finishedAt")).isNotNull();

        var node = api.query("platform-admin", NODE, Map.of("id", registered.get("id")));
        assertThat(node.<Map<String, Object>>read("$.data.node")).isEqualTo(registered);

        // One delivery per interested subscriber: the audit and the notifications care about a tier change.
        var tierChanged = eventually(() -> given.jobs("DONE").stream()
                        .filter(job -> school.equals(job.get("objectId")) && "school.tier_changed".equals(job.get("eventType"))).toList(),
                jobs -> jobs.size() >= 2);
        assertThat(tierChanged).extracting(job -> job.get("handler")).containsExactlyInAnyOrder("audit", "notifications");
    }

    @Test
    void replayingAJobThatIsNotParkedIsAUserErrorOnItsId() {
        String job = someDoneJob();
        var before = api.query("platform-admin", NODE, Map.of("id", job)).<Map<String, Object>>read("$.data.node");

        var reply = api.query("platform-admin", REPLAY, Map.of("id", job));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(reply.<Object>read("$.data.jobReplay.job")).isNull();
        assertThat(reply.<List<String>>read("$.data.jobReplay.userErrors[*].code"))
                .as("UserErrorCode: the action is not allowed in the object's current state").containsExactly("INVALID_STATE");
        assertThat(reply.<List<String>>read("$.data.jobReplay.userErrors[0].field")).as(reply.toString()).containsExactly("id");

        assertThat(api.query("platform-admin", NODE, Map.of("id", job)).<Map<String, Object>>read("$.data.node"))
                .as("left as it was").isEqualTo(before);
    }

    @Test
    void aMalformedOrUnknownJobIdIsNotFound() {
        String malformed = "not-a-global-id";
        String unknown = globalId("Job", "no-such-job");
        for (String id : List.of(malformed, unknown, SCHOOL_A)) {
            var reply = api.query("platform-admin", REPLAY, Map.of("id", id));
            assertThat(reply.errorClassification()).as(id + ": " + reply).isEqualTo("NOT_FOUND");
            assertThat(reply.<Object>find("$.data")).isNull();
        }
        for (String id : List.of(malformed, unknown)) {
            assertThat(api.query("platform-admin", NODE, Map.of("id", id)).<Object>read("$.data.node")).as(id).isNull();
        }
    }

    @Test
    void jobsListParkedOnesByDefault() {
        var reply = api.query("platform-admin", "{ jobs(first: 100) { edges { node { status } } } }");
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(reply.<List<String>>read("$.data.jobs.edges[*].node.status")).allMatch("PARKED"::equals);
    }

    /** The audit delivery of a fresh school's registration, once done. */
    private String someDoneJob() {
        if (someDoneJob == null) {
            String school = given.newSchool(unique("École Tâches"));
            someDoneJob = (String) given.awaitJob("DONE", delivery(school, "school.registered", "audit")).get("id");
        }
        return someDoneJob;
    }
}
