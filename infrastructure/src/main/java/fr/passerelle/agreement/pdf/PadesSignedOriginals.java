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
public class PadesSignedOriginals implements SignedOriginals {

    private final PadesSigner signer;
    private final Clock clock;

    public PadesSignedOriginals(DocumentSeal seal, Clock clock) {
        this.signer = new PadesSigner(seal);
        this.clock = clock;
    }

    @Override
    public byte[] issue(Agreement agreement, byte[] signedPdf) {
        String reference = "Convention de stage " + agreement.id() + ", version "
                + agreement.signing().documentVersion();
        return seal(new SignedPages(reference, "la convention telle que les parties l'ont signée",
                agreement.signing(), RoleNames::of), signedPdf);
    }

    /** The signed original of any document signed round a circuit: its pages, the signature page, the seal. */
    public byte[] seal(SignedPages signed, byte[] signedPdf) {
        Instant now = clock.instant();
        byte[] withPage = append(signedPdf, SignaturePage.render(signed, Sha256.of(signedPdf), now));
        return signer.sign(withPage, "Original signé : " + lowerFirst(signed.reference()), now);
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
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
