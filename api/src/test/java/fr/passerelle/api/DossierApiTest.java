package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.shared.event.EventFactory;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The enrollment's dossier over HTTP: the learner uploads their own documents (REST, multipart), admissions accept or
 * reject them (GraphQL), the dossier is complete once every required document is accepted; finance reads but does
 * not review; another school and another learner see nothing, exactly as for a missing enrollment.
 */
class DossierApiTest extends ApiTest {

    static final String DOSSIER = """
            query($id: ID!) { enrollment(id: $id) { id dossier { complete required { kind state expiresOn version
              previousVersions downloadPath file { contentType size sha256 } rejection { reason comment } } } } }""";
    static final String ACCEPT = """
            mutation($id: ID!, $kind: DossierDocumentKind!, $input: EnrollmentDocumentAcceptInput!, $version: Int) {
              enrollmentDocumentAccept(enrollmentId: $id, kind: $kind, input: $input, expectedVersion: $version) {
                userErrors { field code } document { kind state expiresOn version } } }""";
    static final String REJECT = """
            mutation($id: ID!, $kind: DossierDocumentKind!, $input: EnrollmentDocumentRejectInput!) {
              enrollmentDocumentReject(enrollmentId: $id, kind: $kind, input: $input) {
                userErrors { field code } document { kind state rejection { reason comment } } } }""";

    private static final byte[] PDF = "%PDF-1.7\n% a scanned document\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    private Enrollments enrollmentStore;

    @Autowired
    private EventFactory events;

    private EnrollmentFixtures enrollments;
    private EnrollmentFixtures.School school;
    private Newcomers.Person learner;
    private String enrollment;

    @BeforeEach
    void enrolled() {
        enrollments = new EnrollmentFixtures(api, given, people);
        school = enrollments.school();
        String session = enrollments.openSession(school, 5);
        enrollment = enrollments.enrolled(school, session, enrollments.contact(school, "Dossier"));
        learner = people.newcomer();
        linkLearner(enrollment, learner.subject());
    }

    @Test
    void theLearnerUploadsAdmissionsReviewAndTheDossierCompletes() {
        String expiry = LocalDate.now().plusYears(8).toString();
        var identity = upload(learner.token(), enrollment, "IDENTITY", PDF, expiry);
        assertThat(identity.status()).as(identity.body()).isEqualTo(200);
        assertThat(identity.<String>read("$.state")).isEqualTo("PENDING");
        assertThat(identity.<String>read("$.contentType")).isEqualTo("application/pdf");
        assertThat(identity.<String>read("$.expiresOn")).isEqualTo(expiry);
        var again = upload(learner.token(), enrollment, "IDENTITY", PDF, null);
        assertThat(again.<Integer>read("$.version")).as("the same bytes are one version").isZero();
        assertThat(upload(learner.token(), enrollment, "LATEST_DIPLOMA", pdf("diploma"), null).status())
                .isEqualTo(200);
        assertThat(upload(school.admissions().token(), enrollment, "MOTIVATION_LETTER", pdf("letter"), null)
                .status()).isEqualTo(200);

        var dossier = Fixtures.assertSucceeded(api.queryWithToken(learner.token(), DOSSIER, Map.of("id", enrollment)));
        assertThat(dossier.<List<String>>read("$.data.enrollment.dossier.required[*].kind"))
                .as("a job seeker's dossier").containsExactly("IDENTITY", "LATEST_DIPLOMA", "MOTIVATION_LETTER",
                        "FRANCE_TRAVAIL_REGISTRATION");
        assertThat(dossier.<List<String>>read("$.data.enrollment.dossier.required[*].state"))
                .containsExactly("PENDING", "PENDING", "PENDING", "MISSING");
        assertThat(dossier.<Boolean>read("$.data.enrollment.dossier.complete")).isFalse();

        for (String kind : List.of("IDENTITY", "LATEST_DIPLOMA")) {
            var accepted = Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), ACCEPT,
                    Map.of("id", enrollment, "kind", kind, "input", Map.of(), "version", 0)));
            assertThat(accepted.<String>read("$.data.enrollmentDocumentAccept.document.state")).isEqualTo("ACCEPTED");
        }
        var rejected = Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), REJECT,
                Map.of("id", enrollment, "kind", "MOTIVATION_LETTER", "input", Map.of("reason", "ILLEGIBLE",
                        "comment", "Page 2 illisible"))));
        assertThat(rejected.<String>read("$.data.enrollmentDocumentReject.document.rejection.reason"))
                .isEqualTo("ILLEGIBLE");
        assertThat(upload(learner.token(), enrollment, "MOTIVATION_LETTER", pdf("letter, again"), null)
                .<String>read("$.state")).isEqualTo("PENDING");
        Fixtures.assertSucceeded(api.queryWithToken(school.admin().token(), ACCEPT, Map.of("id", enrollment,
                "kind", "MOTIVATION_LETTER", "input", Map.of())));
        upload(learner.token(), enrollment, "FRANCE_TRAVAIL_REGISTRATION", pdf("registration"), null);
        var stale = api.queryWithToken(school.admissions().token(), ACCEPT, Map.of("id", enrollment,
                "kind", "FRANCE_TRAVAIL_REGISTRATION", "input", Map.of(), "version", 4));
        assertThat(stale.<List<String>>read("$.data.enrollmentDocumentAccept.userErrors[0].field"))
                .containsExactly("expectedVersion");
        var certificate = Fixtures.assertSucceeded(api.queryWithToken(school.admissions().token(), ACCEPT,
                Map.of("id", enrollment, "kind", "FRANCE_TRAVAIL_REGISTRATION", "input", Map.of())));
        assertThat(certificate.<String>read("$.data.enrollmentDocumentAccept.document.expiresOn"))
                .isEqualTo(LocalDate.now(fr.passerelle.shared.model.PlatformCalendar.ZONE).plusMonths(3).toString());

        var complete = Fixtures.assertSucceeded(api.queryWithToken(school.finance().token(), DOSSIER,
                Map.of("id", enrollment)));
        assertThat(complete.<Boolean>read("$.data.enrollment.dossier.complete")).isTrue();
        assertThat(complete.<Integer>read("$.data.enrollment.dossier.required[2].previousVersions")).isEqualTo(1);
        String path = complete.read("$.data.enrollment.dossier.required[0].downloadPath");
        var downloaded = api.get(path, Map.of("Authorization", "Bearer " + school.finance().token()));
        assertThat(downloaded.status()).isEqualTo(200);
        assertThat(downloaded.headers().get("content-type")).containsExactly("application/pdf");
        assertThat(downloaded.body()).isEqualTo(new String(PDF, StandardCharsets.US_ASCII));
    }

    @Test
    void whatIsNotAScanTooLargeOrUnknownIsRefusedAtTheEdge() {
        var notAScan = upload(learner.token(), enrollment, "IDENTITY", "<html>hi</html>".getBytes(
                StandardCharsets.US_ASCII), null);
        assertThat(notAScan.status()).isEqualTo(415);
        assertThat(notAScan.headers().get("content-type")).containsExactly("application/problem+json");
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertThat(upload(learner.token(), enrollment, "IDENTITY", huge, null).status()).isIn(400, 413, 422);
        var notRequired = upload(learner.token(), enrollment, "OPCO_FUNDING_AGREEMENT", PDF, null);
        assertThat(notRequired.status()).isEqualTo(422);
        assertThat(notRequired.<List<String>>read("$.errors[*].field")).isNotEmpty();
        assertThat(upload(learner.token(), enrollment, "PASSPORT_PHOTO", PDF, null).status()).isEqualTo(422);
        assertThat(upload(learner.token(), enrollment, "IDENTITY", PDF, "someday").status()).isEqualTo(422);
        var badExpiry = api.queryWithToken(school.admissions().token(), ACCEPT, Map.of("id", enrollment,
                "kind", "IDENTITY", "input", Map.of("expiresOn", "2021-01-01")));
        assertThat(badExpiry.errorClassification()).as("nothing uploaded yet").isEqualTo("NOT_FOUND");
    }

    @Test
    void financeReadsButDoesNotReviewAndStrangersSeeNothing() {
        upload(learner.token(), enrollment, "LATEST_DIPLOMA", PDF, null);
        assertThat(api.queryWithToken(school.finance().token(), ACCEPT, Map.of("id", enrollment,
                "kind", "LATEST_DIPLOMA", "input", Map.of())).errorClassification()).isEqualTo("FORBIDDEN");
        assertThat(upload(school.finance().token(), enrollment, "LATEST_DIPLOMA", pdf("other"), null).status())
                .isEqualTo(403);
        assertThat(api.queryWithToken(learner.token(), ACCEPT, Map.of("id", enrollment, "kind", "LATEST_DIPLOMA",
                "input", Map.of())).errorClassification()).isEqualTo("FORBIDDEN");

        EnrollmentFixtures.School other = enrollments.school();
        Newcomers.Person otherLearner = people.newcomer();
        String missing = globalId("Enrollment", "no-such-enrollment");
        for (String stranger : List.of(other.admin().token(), other.admissions().token(), otherLearner.token(),
                school.trainer().token())) {
            var upload = upload(stranger, enrollment, "LATEST_DIPLOMA", pdf("intruder"), null);
            assertThat(upload.status()).isEqualTo(404);
            var onMissing = upload(stranger, missing, "LATEST_DIPLOMA", pdf("intruder"), null);
            assertThat(onMissing.status()).as("someone else's and a missing enrollment look the same").isEqualTo(404);
            assertThat(onMissing.<String>read("$.type")).isEqualTo(upload.read("$.type"));
            assertThat(download(stranger, enrollment, "LATEST_DIPLOMA").status()).isEqualTo(404);
            assertThat(api.queryWithToken(stranger, REJECT, Map.of("id", enrollment, "kind", "LATEST_DIPLOMA",
                    "input", Map.of("reason", "ILLEGIBLE"))).errorClassification()).isEqualTo("NOT_FOUND");
            assertThat(api.queryWithToken(stranger, DOSSIER, Map.of("id", enrollment)).<Object>read(
                    "$.data.enrollment")).isNull();
        }
        assertThat(download(learner.token(), enrollment, "LATEST_DIPLOMA").status()).isEqualTo(200);
        assertThat(download(learner.token(), enrollment, "MOTIVATION_LETTER").status()).isEqualTo(404);
    }

    /** The contact's platform account, as when the learner's contact is linked to their account. */
    private void linkLearner(String enrollmentId, String subject) {
        String id = GlobalIds.localId(enrollmentId, "Enrollment");
        EnrollmentFixtures.rewrite(enrollmentStore, events, id, subject,
                enrollmentStore.findById(id).orElseThrow().state(), "enrollment.learnerLinked");
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    private GraphQlHttp.Reply download(String token, String enrollmentId, String kind) {
        return api.get("/enrollments/" + enrollmentId + "/documents/" + kind, Map.of("Authorization",
                "Bearer " + token));
    }

    private GraphQlHttp.Reply upload(String token, String enrollmentId, String kind, byte[] file, String expiresOn) {
        String boundary = "----passerelle-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        if (expiresOn != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"expiresOn\"\r\n\r\n"
                    + expiresOn + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/enrollments/" + enrollmentId
                        + "/documents/" + kind))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
