package fr.passerelle.api;

import static fr.passerelle.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recording a paper signature over REST ({@code POST /agreements/{id}/paper-signatures}, multipart): the school's
 * staff only; refused business rules are a 422 problem listing the fields, a scan whose content is not a PDF, PNG
 * or JPEG a 415 problem, a malformed request a 400 problem, other readers 403, anyone else 404 as for a missing
 * agreement, no token 401. Nothing is recorded on refusal.
 */
class AgreementPaperSignatureTest extends AgreementApiTest {

    /** The form's part naming the intern as the signatory. */
    private static final Part INTERN = Part.field("signatoryId", LEARNER_SIGNS);

    private Internship internship;

    @BeforeEach
    void outForSignature() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        internship = outForSignature(fullTime(start, start.plusWeeks(4).minusDays(3)));
    }

    @Test
    void aScanIsJudgedByItsContentSoATextDeclaredAsAPdfIsAnUnsupportedFile() {
        var reply = post("school-admin-a", INTERN,
                Part.file("signature.pdf", "application/pdf", "signé".getBytes(StandardCharsets.UTF_8)));

        assertProblem(reply, 415, "unsupported-file");
        assertThat(reply.<List<String>>read("$.errors[*].field")).containsExactly("scan");
        assertThat(reply.<List<String>>read("$.errors[*].message")).singleElement().asString().contains("PDF");
        var declaredAsText = post("school-admin-a", INTERN,
                Part.file("signature.txt", "text/plain", "signé".getBytes(StandardCharsets.UTF_8)));
        assertThat(declaredAsText.status()).as(declaredAsText.toString()).isEqualTo(415);
        assertNoSignature();
    }

    @Test
    void anEmptyScanIsABusinessRuleProblem() {
        var reply = post("school-admin-a", INTERN, Part.file("signature.pdf", "application/pdf", new byte[0]));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.<List<String>>read("$.errors[*].field")).containsExactly("scan");
        assertNoSignature();
    }

    @Test
    void aSignatureOutOfTurnIsABusinessRuleProblemOnTheSignatory() {
        var reply = post("school-admin-a", Part.field("signatoryId", SCHOOL_SIGNATORY_SIGNS), aScan());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.<List<String>>read("$.errors[*].field")).containsExactly("signatoryId");
        var unknown = post("school-admin-a", Part.field("signatoryId", "no_such_signatory"), aScan());
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
        assertNoSignature();
    }

    @Test
    void aRequestWithoutTheFileOrTheSignatoryIsABadRequest() {
        var withoutFile = post("school-admin-a", INTERN);
        assertProblem(withoutFile, 400, "bad-request");

        var withoutSignatory = post("school-admin-a", aScan());
        assertProblem(withoutSignatory, 400, "bad-request");
        assertNoSignature();
    }

    @Test
    void anotherSchoolFindsNothingAsForAMissingAgreementAndOtherReadersAreForbidden() {
        var otherSchool = post("school-admin-b", INTERN, aScan());
        assertProblem(otherSchool, 404, "not-found");
        var missing = postPaperSignature(api.token("school-admin-a"),
                globalId("InternshipAgreement", UUID.randomUUID().toString()), INTERN, aScan());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(problemWithoutInstance(otherSchool)).isEqualTo(problemWithoutInstance(missing));

        for (String reader : List.of("recruiter-x", "advisor")) {
            var forbidden = post(reader, INTERN, aScan());
            assertProblem(forbidden, 403, "forbidden");
        }
        var byTheIntern = postPaperSignature(internship.learner().caller().token(), internship.id(),
                INTERN, aScan());
        assertThat(byTheIntern.status()).as("the intern signs for themselves, electronically").isEqualTo(403);
        assertNoSignature();
    }

    @Test
    void withoutATokenItIsUnauthorized() {
        var reply = postPaperSignature(null, internship.id(), INTERN, aScan());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertNoSignature();
    }

    @Test
    void aPhotoOfThePaperIsAcceptedAndDownloadedAsItsContentShows() {
        byte[] photo = ("\u0089PNG\r\n\u001a\n fake " + UUID.randomUUID()).getBytes(StandardCharsets.ISO_8859_1);
        var reply = post("school-admin-a", INTERN,
                Part.file("signature", "application/octet-stream", photo));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);

        var signature = asList(signingOf(agreement(internship.id())).get("signatures")).get(0);
        assertThat(signature).containsEntry("method", "PAPER").containsEntry("scanSha256", sha256(photo));
        var scanned = download(internship.learner().caller(), (String) signature.get("scanUrl"));
        assertThat(scanned.status()).isEqualTo(200);
        assertThat(scanned.header("Content-Type")).isEqualTo("image/png");
        assertThat(scanned.body()).isEqualTo(photo);
        assertThat(download(persona("school-admin-b"), (String) signature.get("scanUrl")).status()).isEqualTo(404);
        assertThat(download(internship.learner().caller(), "/agreements/" + internship.id() + "/scans/"
                + sha256(scan())).status()).as("an unknown scan").isEqualTo(404);
    }

    /** A scan of a signed page, new each time. */
    private static Part aScan() {
        return Part.file("signature.pdf", "application/pdf", scan());
    }

    private GraphQlHttp.Reply post(String persona, Part... parts) {
        return postPaperSignature(api.token(persona), internship.id(), parts);
    }

    private void assertNoSignature() {
        var agreement = agreement(internship.id());
        assertThat(asList(signingOf(agreement).get("signatures"))).isEmpty();
        assertThat(agreement).containsEntry("status", "OUT_FOR_SIGNATURE");
    }
}
