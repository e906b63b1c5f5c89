package fr.passerelle.agreement.pdf;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.Sha256;
import fr.passerelle.agreement.port.out.SignedOriginals;
import fr.passerelle.agreement.seal.DocumentSeal;
import fr.passerelle.agreement.seal.PadesSigner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/**
 * The signed original: the pages signed, unchanged, then the signature page, sealed by the platform (PAdES). The
 * signatures' hash is the one of the document sent; the original is a new file with its own hash, which the register
 * of issued documents records.
 */
@Component
class PadesSignedOriginals implements SignedOriginals {

    private final PadesSigner signer;
    private final Clock clock;

    PadesSignedOriginals(DocumentSeal seal, Clock clock) {
        this.signer = new PadesSigner(seal);
        this.clock = clock;
    }

    @Override
    public byte[] issue(Agreement agreement, byte[] signedPdf) {
        Instant now = clock.instant();
        byte[] withPage = append(signedPdf, SignaturePage.render(agreement, Sha256.of(signedPdf), now));
        return signer.sign(withPage, "Original signé de la convention de stage " + agreement.id() + ", version "
                + agreement.signing().documentVersion(), now);
    }

    private static byte[] append(byte[] pdf, byte[] page) {
        try (PDDocument document = Loader.loadPDF(pdf); PDDocument added = Loader.loadPDF(page)) {
            new PDFMergerUtility().appendDocument(document, added);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + page.length);
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
