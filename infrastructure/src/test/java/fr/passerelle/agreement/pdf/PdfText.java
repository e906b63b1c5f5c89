package fr.passerelle.agreement.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a rendered PDF back as a person would search it: its text, its pages, where its glyphs stand. */
public final class PdfText {

    private PdfText() {
    }

    /**
     * The text with every run of whitespace, no-break spaces included, as one space: assertions then match phrases
     * whatever line wrapping did to them.
     */
    public static String of(byte[] pdf) {
        return flattened(read(pdf, document -> new PDFTextStripper().getText(document)));
    }

    /** The text of one page (1-based), flattened as {@link #of}. */
    public static String page(byte[] pdf, int page) {
        return flattened(read(pdf, document -> {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }));
    }

    public static int pages(byte[] pdf) {
        return read(pdf, PDDocument::getNumberOfPages);
    }

    /** The right edge of the rightmost glyph on any page, in points: wrapped text stays inside the margin. */
    static float rightmostGlyphEdge(byte[] pdf) {
        float[] rightmost = {0};
        read(pdf, document -> new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition position : positions) {
                    rightmost[0] = Math.max(rightmost[0], position.getXDirAdj() + position.getWidthDirAdj());
                }
            }
        }.getText(document));
        return rightmost[0];
    }

    static <T> T read(byte[] pdf, Reading<T> reading) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return reading.from(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String flattened(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    /** Something read from a loaded document. */
    interface Reading<T> {
        T from(PDDocument document) throws IOException;
    }
}
