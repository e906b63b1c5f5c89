package fr.passerelle.agreement.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What makes a document PDF/A-2b (ISO 19005-2, level B: its appearance is preserved for the long term): every font
 * embedded (see {@link Typeface}), an output intent with the sRGB profile the colours refer to, and XMP metadata that
 * says the same as the document information dictionary and declares the conformance. The sRGB profile is the JDK's
 * own ({@link ICC_Profile#getInstance(int)}), which PDFBox does not ship; its bytes have not changed across JDK
 * releases for years, which the documents' determinism relies on.
 */
final class ArchiveFormat {

    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private ArchiveFormat() {
    }

    /** Declares PDF/A-2b with metadata equal to the information dictionary; {@code dated} to the second, or null. */
    static void apply(PDDocument document, DocumentInfo info, Instant dated) {
        try {
            document.setVersion(1.7f);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp(info, dated).getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(metadata);
            PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB_PROFILE));
            intent.setInfo(SRGB);
            intent.setOutputCondition(SRGB);
            intent.setOutputConditionIdentifier(SRGB);
            intent.setRegistryName("http://www.color.org");
            intent.getCOSObject().setItem(COSName.S, COSName.getPDFName("GTS_PDFA1"));
            document.getDocumentCatalog().addOutputIntent(intent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String xmp(DocumentInfo info, Instant dated) {
        StringBuilder xmp = new StringBuilder()
                .append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
                .append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escaped(info.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (info.subject() != null) {
            xmp.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escaped(info.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        if (info.author() != null) {
            xmp.append("<dc:creator><rdf:Seq><rdf:li>").append(escaped(info.author()))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        xmp.append("<xmp:CreatorTool>").append(PdfLayout.PRODUCER).append("</xmp:CreatorTool>\n")
                .append("<pdf:Producer>").append(PdfLayout.PRODUCER).append("</pdf:Producer>\n");
        if (dated != null) {
            String date = DateTimeFormatter.ISO_INSTANT.format(dated);
            xmp.append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                    .append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n");
        }
        return xmp.append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>").toString();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
