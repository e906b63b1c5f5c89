package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * A learner, as a test: downloads the archive of everything the platform holds about them, asks to be erased, their
 * school carries it out, and afterwards nothing of theirs is readable but the signed agreement a legal hold keeps.
 * Nobody else — another person, another school — reads their request or their archive.
 */
class DataSubjectRequestJourneyTest extends AgreementApiTest {

    private static final String REQUEST = """
            id kind status receivedAt dueAt overdue completedAt rectification archiveLink { url expiresAt }
            erasure { feature deleted pseudonymised held { dataClass records reason until } }""";
    private static final String SUBMIT = """
            mutation($input: DataSubjectRequestSubmitInput!) { dataSubjectRequestSubmit(input: $input) {
              userErrors { message field code } request { %s } } }""".formatted(REQUEST);
    private static final String ERASE = """
            mutation($id: ID!) { dataSubjectRequestErase(id: $id) {
              userErrors { message field code } request { %s } } }""".formatted(REQUEST);
    private static final String NODE = "query($id: ID!) { node(id: $id) { ... on DataSubjectRequest { %s } } }"
            .formatted(REQUEST);
    private static final String MINE = "{ myDataSubjectRequests { %s } }".formatted(REQUEST);
    private static final String LEARNER_NODE = "query($id: ID!) { node(id: $id) { id } }";
    private static final String HELD_READ = """
            query($held: ID!, $missing: ID!) {
              held: node(id: $held) { id }
              missing: node(id: $missing) { id }
              all: internshipAgreements(first: 100) { edges { node { id } } }
            }""";
    private static final String APPLICANT = "query($id: ID!) { node(id: $id) { ... on %s { id learner { id } } } }";

    @Test
    void aLearnerDownloadsEverythingIsErasedAndOnlyTheSignedAgreementRemainsForThoseWhoMustKeepIt() throws IOException {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        Internship internship = signed(fullTime(start, start.plusWeeks(6).minusDays(3)));
        Internship notHeld = signed(fullTime(start, start.plusWeeks(6).minusDays(3)));
        Caller learner = internship.learner().caller();

        Map<String, Object> access = submit(learner, Map.of("kind", "ACCESS"));
        assertThat(access).containsEntry("status", "COMPLETED");
        String url = (String) asMap(access.get("archiveLink")).get("url");
        Download archive = download((String) null, url);
        assertThat(archive.status()).as(archive.toString()).isEqualTo(200);
        assertThat(archive.header("Content-Type")).isEqualTo("application/zip");
        assertThat(archive.header("Cache-Control")).isEqualTo("no-store");
        Map<String, String> files = unzip(archive.body());
        assertThat(files).containsKeys("learner-profile.json", "learner-profile.csv", "internship-applications.json",
                "internship-applications.csv", "agreement-agreements.json", "agreement-agreements.csv",
                "privacy-requests.json");
        assertThat(files.get("learner-profile.json")).contains(learner.email(), learner.subject());
        assertThat(files.get("agreement-agreements.csv")).contains(learner.email());

        Map<String, Object> erasure = submit(learner, Map.of("kind", "ERASURE"));
        assertThat(erasure).containsEntry("status", "OPEN").containsEntry("overdue", false);
        assertThat(Duration.between(Instant.parse((String) erasure.get("receivedAt")),
                Instant.parse((String) erasure.get("dueAt")))).isBetween(Duration.ofDays(28), Duration.ofDays(31));
        String erasureId = (String) erasure.get("id");
        assertThat(given.jobs("SCHEDULED")).as("the school is reminded a week before it is due")
                .anyMatch(job -> "privacy-request-due".equals(job.get("handler"))
                        && String.valueOf(job.get("reminderKey")).startsWith("privacy-request-due/"));
        assertThat(result(as(persona("school-admin-b"), ERASE, Map.of("id", erasureId))))
                .as("another school carries out nothing").isEqualTo("NOT_FOUND");
        assertThat(result(as(learner, ERASE, Map.of("id", erasureId))))
                .as("the school carries it out, not the person").isEqualTo("NOT_FOUND");

        Map<String, Object> done = succeed(persona("school-admin-a"), ERASE, Map.of("id", erasureId))
                .read("$.data.dataSubjectRequestErase.request");
        assertThat(done).containsEntry("status", "COMPLETED");
        Map<String, Object> agreementReport = asList(done.get("erasure")).stream()
                .filter(report -> "agreement".equals(report.get("feature"))).findFirst().orElseThrow();
        assertThat(asList(agreementReport.get("held"))).singleElement().satisfies(hold -> {
            assertThat(hold).containsEntry("dataClass", "agreement.signed").containsEntry("records", 1)
                    .containsEntry("reason", "privacy.hold.signed-agreement");
        });
        assertThat(asList(done.get("erasure")).stream().filter(report -> "learner".equals(report.get("feature")))
                .findFirst().orElseThrow()).containsEntry("deleted", 1);

        Map<String, Object> again = succeed(persona("school-admin-a"), ERASE, Map.of("id", erasureId))
                .read("$.data.dataSubjectRequestErase.request");
        assertThat(again).as("idempotent").isEqualTo(done);

        assertThat(as(persona("school-admin-a"), LEARNER_NODE, Map.of("id", internship.learner().learnerId()))
                .<Object>find("$.data.node")).as("the learner's profile is gone").isNull();
        assertThat(as(persona("recruiter-x"), APPLICANT.formatted("Application"),
                Map.of("id", internship.applicationId()))
                .<Object>find("$.data.node.learner")).as("the application no longer names them").isNull();
        assertThat(agreement(internship.id())).as("the signed agreement is kept for the school (legal hold)")
                .containsEntry("status", "SIGNED");
        heldAgreementIsReadOnlyByThoseWhoMustKeepIt(internship, notHeld);
    }

    /** After the erasure the host and the tutor lose the held agreement as if it did not exist; the school keeps it. */
    private void heldAgreementIsReadOnlyByThoseWhoMustKeepIt(Internship held, Internship notHeld) {
        String missing = globalId("InternshipAgreement", UUID.randomUUID().toString());
        for (Caller outsider : List.of(persona("recruiter-x"), held.named().tutor())) {
            var reply = as(outsider, HELD_READ, Map.of("held", held.id(), "missing", missing));
            assertThat(reply.errorClassification()).as(reply.toString()).isNull();
            assertThat(reply.<Object>find("$.data.held")).as("node(held) for " + outsider.name()).isNull();
            assertThat(reply.<Object>find("$.data.missing")).isNull();
            assertThat(reply.<List<String>>read("$.data.all.edges[*].node.id")).doesNotContain(held.id());
            var pdf = api.get(held.documentPath(), Map.of("Authorization", "Bearer " + outsider.token()));
            var missingPdf = api.get("/agreements/" + missing + "/document",
                    Map.of("Authorization", "Bearer " + outsider.token()));
            assertThat(pdf.status()).as(pdf.toString()).isEqualTo(404);
            assertThat(problemWithoutInstance(pdf)).as("a held document and a missing one look the same")
                    .isEqualTo(problemWithoutInstance(missingPdf));
        }
        var host = as(persona("recruiter-x"), HELD_READ, Map.of("held", notHeld.id(), "missing", missing));
        assertThat(host.<String>read("$.data.held.id")).as("an agreement not held is read as before")
                .isEqualTo(notHeld.id());
        assertThat(host.<List<String>>read("$.data.all.edges[*].node.id")).contains(notHeld.id());

        var school = as(persona("school-admin-a"), HELD_READ, Map.of("held", held.id(), "missing", missing));
        assertThat(school.<String>read("$.data.held.id")).as("the school keeps it").isEqualTo(held.id());
        assertThat(school.<List<String>>read("$.data.all.edges[*].node.id")).contains(held.id(), notHeld.id());
        assertThat(download(persona("school-admin-a"), held.documentPath()).status()).isEqualTo(200);
    }

    @Test
    void nobodyElseReadsSomeonesRequestOrDownloadsTheirArchive() {
        Applicant applicant = learnerOfSchoolA();
        Caller learner = applicant.caller();
        Map<String, Object> access = submit(learner, Map.of("kind", "PORTABILITY"));
        String id = (String) access.get("id");
        String url = (String) asMap(access.get("archiveLink")).get("url");
        String path = url.substring(url.indexOf("/privacy/"), url.indexOf("?link="));
        Caller stranger = newLearner();

        assertThat(as(stranger, NODE, Map.of("id", id)).<Object>find("$.data.node")).isNull();
        assertThat(as(persona("school-admin-b"), NODE, Map.of("id", id)).<Object>find("$.data.node")).isNull();
        assertThat(as(stranger, MINE).<List<Object>>read("$.data.myDataSubjectRequests")).isEmpty();
        assertThat(download(stranger, path).status()).as("another person, signed in").isEqualTo(404);
        assertThat(download(persona("school-admin-a"), path).status()).as("even their school").isEqualTo(404);
        assertThat(download((String) null, path + "?link=" + "x".repeat(40)).status()).isEqualTo(404);

        Map<String, Object> seenBySchool = as(persona("school-admin-a"), NODE, Map.of("id", id)).read("$.data.node");
        assertThat(seenBySchool).as("the school answering it sees the request").containsEntry("id", id)
                .containsEntry("archiveLink", null);
        assertThat(as(learner, MINE).<List<Map<String, Object>>>read("$.data.myDataSubjectRequests"))
                .extracting(request -> request.get("id")).containsExactly(id);
        assertThat(download(learner, path).status()).as("the person, signed in").isEqualTo(200);
    }

    @Test
    void aSchoolRecordsARequestForItsLearnerButNotForAnotherSchools() {
        Applicant applicant = learnerOfSchoolA();

        assertThat(result(as(persona("school-admin-b"), SUBMIT, Map.of("input",
                Map.of("kind", "ERASURE", "learnerId", applicant.learnerId()))))).isEqualTo("NOT_FOUND");
        Map<String, Object> recorded = succeed(persona("school-admin-a"), SUBMIT, Map.of("input",
                Map.of("kind", "RECTIFICATION", "learnerId", applicant.learnerId())))
                .read("$.data.dataSubjectRequestSubmit.request");

        assertThat(recorded).containsEntry("status", "COMPLETED").containsEntry("archiveLink", null);
        assertThat((String) recorded.get("rectification")).contains("learnerUpdate");
        assertThat(as(applicant.caller(), MINE).<List<Map<String, Object>>>read("$.data.myDataSubjectRequests"))
                .as("the learner sees the request recorded for them").extracting(request -> request.get("id"))
                .containsExactly(recorded.get("id"));
    }

    private Map<String, Object> submit(Caller caller, Map<String, Object> input) {
        return succeed(caller, SUBMIT, Map.of("input", input)).read("$.data.dataSubjectRequestSubmit.request");
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
