package fr.passerelle.api;

import static fr.passerelle.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Once every party signed, the agreement's document is the signed original: the version signed, a signature page
 * and the platform's seal; the version exactly as signed stays at {@code ?version=n}. Anyone holding the original
 * verifies it without a token ({@code POST /document-verifications}), by file or by hash, and learns only what it
 * prints; a changed file, the unsealed version and an unknown hash all answer "not issued" in the same shape.
 */
class AgreementSignedOriginalTest extends AgreementApiTest {

    private static final String VERIFY = "/document-verifications";

    @Test
    void theSignedOriginalIsServedAndVerifiedWhileAnythingElseIsNotIssued() throws IOException {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        Internship internship = signed(fullTime(start, start.plusWeeks(4).minusDays(3)));
        String signedSha = sha(agreement(internship.id()));
        Caller intern = internship.learner().caller();

        Download asSigned = assertPdf(intern, internship.documentPath() + "?version=1", signedSha);
        Download original = download(intern, internship.documentPath());
        assertThat(original.status()).as(original.toString()).isEqualTo(200);
        String originalSha = sha256(original.body());
        assertThat(originalSha).as("a new, sealed file").isNotEqualTo(signedSha);
        assertThat(original.header("ETag")).isEqualTo("\"" + originalSha + "\"");
        try (PDDocument sealed = Loader.loadPDF(original.body());
             PDDocument sent = Loader.loadPDF(asSigned.body())) {
            assertThat(sealed.getNumberOfPages()).isEqualTo(sent.getNumberOfPages() + 1);
            assertThat(sealed.getSignatureDictionaries()).singleElement()
                    .satisfies(seal -> assertThat(seal.getName()).isEqualTo("Passerelle"));
        }
        assertThat(AgreementDocumentsTest.text(original)).contains("Page de signatures", signedSha,
                "Signature électronique dans Passerelle");
        assertThat(sha256(download(intern, internship.documentPath()).body())).as("issued once, then kept")
                .isEqualTo(originalSha);

        var byFile = postMultipart(null, VERIFY, Part.file("convention.pdf", "application/pdf", original.body()));
        assertThat(byFile.status()).as(byFile.toString()).isEqualTo(200);
        assertThat(byFile.<Boolean>read("$.issued")).isTrue();
        assertThat(byFile.<String>read("$.sha256")).isEqualTo(originalSha);
        assertThat(byFile.<Integer>read("$.agreementVersion")).isEqualTo(1);
        assertThat(byFile.<List<String>>read("$.signatures[*].role"))
                .containsExactly("LEARNER", "COMPANY_SIGNATORY", "TUTOR", "REFERENT", "SCHOOL_SIGNATORY");
        assertThat(byFile.<List<String>>read("$.signatures[*].method")).containsOnly("ELECTRONIC");
        assertThat(byFile.<List<String>>read("$.signatures[*].name")).contains(TUTOR_NAME);
        assertThat(byFile.<Map<String, Object>>read("$")).containsOnlyKeys("issued", "sha256", "agreementReference",
                "agreementVersion", "issuedAt", "signatures");
        assertThat(byFile.body()).as("no e-mail, account or scan").doesNotContain("@", "sub-", "scan");

        var byHash = postJsonWithoutToken(VERIFY, "{\"sha256\":\"" + originalSha.toUpperCase(Locale.ROOT) + "\"}");
        assertThat(byHash.body()).isEqualTo(byFile.body());

        byte[] tampered = original.body().clone();
        tampered[tampered.length / 3] ^= 0x20;
        for (var notIssued : List.of(
                postMultipart(null, VERIFY, Part.file("convention.pdf", "application/pdf", tampered)),
                postMultipart(null, VERIFY, Part.file("convention.pdf", "application/pdf", asSigned.body())),
                postJsonWithoutToken(VERIFY, "{\"sha256\":\"" + "0".repeat(64) + "\"}"))) {
            assertThat(notIssued.status()).as(notIssued.toString()).isEqualTo(200);
            assertThat(notIssued.<Map<String, Object>>read("$")).containsEntry("issued", false)
                    .containsEntry("agreementReference", null).containsEntry("agreementVersion", null)
                    .containsEntry("issuedAt", null).containsEntry("signatures", List.of())
                    .containsOnlyKeys("issued", "sha256", "agreementReference", "agreementVersion", "issuedAt",
                            "signatures");
        }
    }

    @Test
    void beforeTheLastSignatureTheDocumentIsTheVersionSentAndNothingIsIssued() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(1);
        Internship internship = outForSignature(fullTime(start, start.plusWeeks(4).minusDays(3)));
        String sentSha = sha(agreement(internship.id()));

        assertPdf(internship.learner().caller(), internship.documentPath(), sentSha);
        var verification = postJsonWithoutToken(VERIFY, "{\"sha256\":\"" + sentSha + "\"}");
        assertThat(verification.<Boolean>read("$.issued")).isFalse();
        assertThat(download(persona("school-admin-b"), internship.documentPath()).status())
                .as("another school finds nothing").isEqualTo(404);
    }

    @Test
    void aHashThatIsNotOneIsABadRequestAndAnOversizedFileIsRefusedUnread() {
        assertProblem(postJsonWithoutToken(VERIFY, "{\"sha256\":\"abc\"}"), 400, "bad-request");
        assertProblem(postJsonWithoutToken(VERIFY, "{\"sha256\":\"" + "z".repeat(64) + "\"}"), 400, "bad-request");
        assertProblem(postJsonWithoutToken(VERIFY, "{}"), 400, "bad-request");
        assertProblem(postMultipart(null, VERIFY, Part.field("other", "x")), 400, "bad-request");

        var oversized = postMultipart(null, VERIFY, Part.file("big.pdf", "application/pdf",
                "%PDF-".concat("x".repeat(6 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII)));
        assertThat(oversized.status()).as(oversized.toString()).isEqualTo(413);
    }
}
