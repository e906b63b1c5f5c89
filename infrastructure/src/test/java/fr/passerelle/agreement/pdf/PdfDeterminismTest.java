package fr.passerelle.agreement.pdf;

import static fr.passerelle.agreement.pdf.AgreementBuilder.anAgreement;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.Attestation;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;

/**
 * Signatures record the SHA-256 of the document and a retry renders it again: the same data must give the same
 * bytes, whatever the instance, the moment, the JVM's time zone or locale.
 */
class PdfDeterminismTest {

    private final Agreement agreement = anAgreement().build();

    @Test
    void theSameAgreementRendersToTheSameBytesTwiceAndFromAnotherInstance() {
        byte[] first = new PdfAgreementDocuments(AgreementBuilder.PARTICULARS).agreement(agreement, AgreementBuilder.rules());
        // Another document in between, so that PDFBox's clock-based ID would have moved on had it been used.
        new PdfAgreementDocuments(AgreementBuilder.PARTICULARS).attestation(agreement, AgreementBuilder.attestation());
        byte[] again = new PdfAgreementDocuments(AgreementBuilder.PARTICULARS).agreement(agreement, AgreementBuilder.rules());

        assertThat(again).isEqualTo(first);
    }

    @Test
    void amendmentsAndAttestationsAreStableToo() {
        PdfAgreementDocuments documents = new PdfAgreementDocuments(AgreementBuilder.PARTICULARS);
        AgreementBuilder builder = anAgreement();

        assertThat(documents.amendment(agreement, builder.amendment(1, "Changement de tuteur.")))
                .isEqualTo(new PdfAgreementDocuments(AgreementBuilder.PARTICULARS).amendment(agreement, builder.amendment(1, "Changement de tuteur.")));
        assertThat(documents.attestation(agreement, AgreementBuilder.attestation()))
                .isEqualTo(new PdfAgreementDocuments(AgreementBuilder.PARTICULARS).attestation(agreement, AgreementBuilder.attestation()));
    }

    @Test
    void theJvmsTimeZoneAndLocaleChangeNothing() {
        byte[] here = new PdfAgreementDocuments(AgreementBuilder.PARTICULARS).agreement(agreement, AgreementBuilder.rules());
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(new Locale("tr", "TR"));

            assertThat(new PdfAgreementDocuments(AgreementBuilder.PARTICULARS).agreement(agreement, AgreementBuilder.rules())).isEqualTo(here);
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
    }

    @Test
    void datesComeFromTheData() {
        byte[] pdf = new PdfAgreementDocuments(AgreementBuilder.PARTICULARS).agreement(agreement, AgreementBuilder.rules());

        PDDocumentInformation info = PdfText.read(pdf, document -> document.getDocumentInformation());
        assertThat(info.getCreationDate()).extracting(Calendar::toInstant).isEqualTo(AgreementBuilder.UPDATED_AT);
        assertThat(info.getModificationDate()).extracting(Calendar::toInstant).isEqualTo(AgreementBuilder.UPDATED_AT);
        assertThat(info.getTitle()).isEqualTo("Convention de stage");
        assertThat(info.getProducer()).isEqualTo("Passerelle");
    }

    /** PDFBox derives a missing ID from the clock; ours is a digest of the content, so it moves only with it. */
    @Test
    void theDocumentIdFollowsTheContent() {
        byte[] version1 = documentId(new PdfAgreementDocuments(AgreementBuilder.PARTICULARS).agreement(agreement, AgreementBuilder.rules()));
        byte[] version1Again = documentId(new PdfAgreementDocuments(AgreementBuilder.PARTICULARS).agreement(agreement, AgreementBuilder.rules()));
        byte[] version2 = documentId(new PdfAgreementDocuments(AgreementBuilder.PARTICULARS).agreement(anAgreement().sentVersions(1).build(),
                AgreementBuilder.rules()));

        assertThat(version1).hasSize(16).isEqualTo(version1Again).isNotEqualTo(version2);
    }

    @Test
    void attestationIsDatedWhenIssued() {
        byte[] pdf = new PdfAgreementDocuments(AgreementBuilder.PARTICULARS).attestation(agreement, AgreementBuilder.attestation());

        PDDocumentInformation info = PdfText.read(pdf, document -> document.getDocumentInformation());
        assertThat(info.getCreationDate()).extracting(Calendar::toInstant).isEqualTo(AgreementBuilder.ISSUED_AT);
    }

    /** The PDF writes its dates to the second: what it does not show must not change its bytes either. */
    @Test
    void aDateDifferingBelowTheSecondGivesTheSameBytes() {
        Attestation issued = AgreementBuilder.attestation();
        Attestation issuedLaterInTheSameSecond = new Attestation(issued.presenceMinutes(), issued.presenceDays(),
                issued.gratificationPaid(), null, issued.issuedBy(), issued.issuedAt().plusMillis(750));

        assertThat(new PdfAgreementDocuments(AgreementBuilder.PARTICULARS).attestation(agreement, issuedLaterInTheSameSecond))
                .isEqualTo(new PdfAgreementDocuments(AgreementBuilder.PARTICULARS).attestation(agreement, issued));
    }

    @Test
    void isAPdf() {
        byte[] pdf = new PdfAgreementDocuments(AgreementBuilder.PARTICULARS).agreement(agreement, AgreementBuilder.rules());

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1).stripTrailing()).endsWith("%%EOF");
    }

    private static byte[] documentId(byte[] pdf) {
        return PdfText.read(pdf, document -> ((COSString) document.getDocument().getTrailer()
                .getCOSArray(COSName.ID).get(0)).getBytes());
    }
}
