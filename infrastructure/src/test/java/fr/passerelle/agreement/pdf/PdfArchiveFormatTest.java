package fr.passerelle.agreement.pdf;

import static fr.passerelle.agreement.pdf.AgreementBuilder.anAgreement;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.Sha256;
import fr.passerelle.agreement.seal.TestSeals;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The agreement's documents are PDF/A-2b, as veraPDF (the reference validator) checks them. */
class PdfArchiveFormatTest {

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private final PdfAgreementDocuments documents = new PdfAgreementDocuments(AgreementBuilder.PARTICULARS);

    @Test
    void theAgreementInEveryScriptIsPdfA2b() throws Exception {
        Agreement agreement = anAgreement().learnerNamed("Nguyễn Thị Hương").tutorNamed("Γιώργος Παπαδόπουλος")
                .companyNamed("ООО «Ромашка» & Łukasiewicz").build();

        assertThat(failures(documents.agreement(agreement, AgreementBuilder.rules()))).isEmpty();
    }

    @Test
    void amendmentsAndAttestationsArePdfA2b() throws Exception {
        Agreement agreement = anAgreement().build();

        assertThat(failures(documents.amendment(agreement, anAgreement().amendment(1, "Changement de tuteur."))))
                .isEmpty();
        assertThat(failures(documents.attestation(agreement, AgreementBuilder.attestation()))).isEmpty();
    }

    @Test
    void theSealedSignedOriginalStaysPdfA2b() throws Exception {
        byte[] sent = documents.agreement(anAgreement().build(), AgreementBuilder.rules());
        byte[] original = new PadesSignedOriginals(TestSeals.seal(),
                Clock.fixed(Instant.parse("2026-06-21T10:00:00Z"), ZoneOffset.UTC))
                .issue(anAgreement().signedByEveryone(Sha256.of(sent)), sent);

        assertThat(failures(original)).isEmpty();
    }

    /** The check can fail: a plain PDFBox document (no metadata, no output intent) is not PDF/A. */
    @Test
    void aPlainPdfIsNot() throws Exception {
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new PDPage());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            plain.save(bytes);

            assertThat(failures(bytes.toByteArray())).isNotEmpty();
        }
    }

    /** The rules the document breaks, with where, for a readable failure; empty when it is compliant. */
    private static List<String> failures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                            + " at " + a.getLocation().getContext())
                    .distinct().toList();
            assertThat(result.isCompliant()).as(String.join("\n", failed)).isEqualTo(failed.isEmpty());
            return failed;
        }
    }
}
