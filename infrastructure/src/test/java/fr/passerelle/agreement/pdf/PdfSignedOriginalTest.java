package fr.passerelle.agreement.pdf;

import static fr.passerelle.agreement.pdf.AgreementBuilder.anAgreement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.Sha256;
import fr.passerelle.agreement.seal.DocumentSeal;
import fr.passerelle.agreement.seal.TestSeals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;

/**
 * The signed original: the pages signed, unchanged, a signature page, and the platform's PAdES seal, which verifies
 * over every byte but its own and breaks on any change.
 */
class PdfSignedOriginalTest {

    private static final Instant ISSUED_AT = Instant.parse("2026-06-21T10:00:00Z");
    private static final DocumentSeal SEAL = TestSeals.seal();

    private final byte[] sent = new PdfAgreementDocuments(AgreementBuilder.PARTICULARS)
            .agreement(anAgreement().build(), AgreementBuilder.rules());
    private final Agreement signed = anAgreement().signedByEveryone(Sha256.of(sent));
    private final byte[] original = new PadesSignedOriginals(SEAL, Clock.fixed(ISSUED_AT, ZoneOffset.UTC))
            .issue(signed, sent);

    @Test
    void isANewFileThatKeepsThePagesSignedAndAddsTheSignaturePage() {
        assertThat(Sha256.of(original)).isNotEqualTo(Sha256.of(sent));
        int pagesSigned = PdfText.pages(sent);
        assertThat(PdfText.pages(original)).isEqualTo(pagesSigned + 1);
        for (int page = 1; page <= pagesSigned; page++) {
            assertThat(PdfText.page(original, page)).isEqualTo(PdfText.page(sent, page));
        }
    }

    @Test
    void theSignaturePageSaysWhoSignedWhenAndHow() {
        String page = PdfText.page(original, PdfText.pages(original));

        assertThat(page).contains("Page de signatures", "Convention de stage agr-2026-0042, version 1",
                Sha256.of(sent),
                "Léa Martin le 20/06/2026 à 09:15 (heure de Paris) Signature électronique dans Passerelle, par "
                        + "l'adresse e-mail vérifiée lea.martin@etu.example.fr",
                "Paul Martin", "le 20/06/2026 à 09:16 (heure de Paris) Signature manuscrite sur papier ; copie "
                        + "numérisée conservée, empreinte SHA-256", "b".repeat(32),
                "Julien Noir", "julien.noir@atelier-dupont.example.fr", "par le compte du ou de la signataire",
                "Original délivré par Passerelle le 21/06/2026 à 12:00");
    }

    @Test
    void theSealVerifiesOverTheWholeFileButItsOwnContents() throws Exception {
        try (PDDocument document = Loader.loadPDF(original)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            PDSignature seal = signatures.get(0);
            assertThat(seal.getSubFilter()).isEqualTo(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName());
            int[] range = seal.getByteRange();
            assertThat(range[0]).isZero();
            assertThat(range[2] + range[3]).isEqualTo(original.length);

            SignerInformation signer = verifiedSigner(original, seal);
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
                    .isNotNull();
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.pkcs_9_at_signingTime)).isNull();
            assertThat(seal.getSignDate().toInstant()).isEqualTo(ISSUED_AT);
        }
    }

    @Test
    void aTamperedCopyIsDetected() throws Exception {
        // The same length, so the file still parses and the byte range still points at the seal.
        byte[] tampered = original.clone();
        int producer = indexOf(tampered, "(Passerelle)".getBytes(StandardCharsets.US_ASCII));
        tampered[producer + 1] = 'X';

        try (PDDocument document = Loader.loadPDF(tampered)) {
            PDSignature seal = document.getSignatureDictionaries().get(0);
            assertThatThrownBy(() -> verifiedSigner(tampered, seal)).isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void aChangeAnywhereInTheSignedRangeBreaksTheSeal() throws Exception {
        try (PDDocument document = Loader.loadPDF(original)) {
            PDSignature seal = document.getSignatureDictionaries().get(0);
            int[] range = seal.getByteRange();
            for (int position : new int[] {0, range[1] / 2, range[1] - 1, range[2], original.length - 1}) {
                byte[] tampered = original.clone();
                tampered[position] ^= 0x20;
                assertThat(verifies(tampered, seal)).as("byte %d changed", position).isFalse();
            }
            assertThat(verifies(original, seal)).isTrue();
        }
    }

    /** The signer of the CMS, verified against the seal's certificate over the byte range; fails otherwise. */
    private static SignerInformation verifiedSigner(byte[] pdf, PDSignature seal) throws Exception {
        if (!verifies(pdf, seal)) {
            throw new AssertionError("the seal does not verify");
        }
        CMSSignedData cms = cms(pdf, seal);
        return cms.getSignerInfos().getSigners().iterator().next();
    }

    private static boolean verifies(byte[] pdf, PDSignature seal) throws IOException {
        try {
            CMSSignedData cms = cms(pdf, seal);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates()
                    .getMatches(signer.getSID()).iterator().next();
            X509Certificate expected = SEAL.certificate();
            return Arrays.equals(holder.getEncoded(), expected.getEncoded())
                    && signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(expected));
        } catch (CMSException | RuntimeException e) {
            return false;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static CMSSignedData cms(byte[] pdf, PDSignature seal) throws IOException, CMSException {
        int[] range = seal.getByteRange();
        byte[] signedContent = new byte[range[1] + range[3]];
        System.arraycopy(pdf, range[0], signedContent, 0, range[1]);
        System.arraycopy(pdf, range[2], signedContent, range[1], range[3]);
        // The /Contents placeholder is zero-padded past the CMS: read the one DER object it holds.
        try (ASN1InputStream der = new ASN1InputStream(seal.getContents(pdf))) {
            return new CMSSignedData(new CMSProcessableByteArray(signedContent),
                    ContentInfo.getInstance(der.readObject()));
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
