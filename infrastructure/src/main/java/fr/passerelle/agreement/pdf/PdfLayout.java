package fr.passerelle.agreement.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A small flowing layout over A4 pages: a title, headings, paragraphs, label/value rows and bullets, wrapped to the
 * width of the page and continued on the next one when it is full, then a footer with "page n / N" on every page
 * once the number of pages is known.
 *
 * <p>The bytes depend on the content alone, because signatures record their hash and a retry renders the document
 * again: the dates come from {@link DocumentInfo}, the document ID (which PDFBox would otherwise derive from the
 * clock) is a digest of the text drawn, and nothing is compressed, so that the output does not hang on the zlib build
 * of the JVM either.
 */
public final class PdfLayout implements AutoCloseable {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56.7f; // 2 cm
    private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float BOTTOM = 62f; // room for the footer below
    private static final float FOOTER_BASELINE = 32f;
    private static final float TITLE_SIZE = 18f;
    private static final float SUBTITLE_SIZE = 11f;
    private static final float HEADING_SIZE = 12f;
    private static final float BODY_SIZE = 9f; // DejaVu Sans is wider than Helvetica: 9 pt sets about as 10 pt did
    private static final float FOOTER_SIZE = 8f;
    private static final float LINE_HEIGHT = 1.35f; // times the font size
    private static final float LABEL_WIDTH = 170f;
    private static final float COLUMN_GAP = 8f;
    private static final float BULLET_INDENT = 12f;
    private static final float PARAGRAPH_GAP = 5f;
    private static final float HEADING_GAP = 12f;
    private static final String BULLET = "\u2022";
    static final String PRODUCER = "Passerelle";

    private final PDDocument document = new PDDocument();
    private final Typeface regular = new Typeface(document, Typeface.REGULAR);
    private final Typeface bold = new Typeface(document, Typeface.BOLD);
    private final MessageDigest drawn = sha256();
    private PDPageContentStream content;
    private float y;

    private PdfLayout() {
        newPage();
    }

    /** Lays out a document with {@code body} and returns its PDF bytes. */
    public static byte[] render(DocumentInfo info, Consumer<PdfLayout> body) {
        try (PdfLayout layout = new PdfLayout()) {
            body.accept(layout);
            return layout.finish(info);
        }
    }

    public void title(String text) {
        flow(bold, TITLE_SIZE, lines(bold, TITLE_SIZE, TEXT_WIDTH, text));
        y -= PARAGRAPH_GAP;
    }

    public void subtitle(String text) {
        flow(regular, SUBTITLE_SIZE, lines(regular, SUBTITLE_SIZE, TEXT_WIDTH, text));
        y -= PARAGRAPH_GAP;
    }

    /** A section heading, kept on the same page as the first lines of its section. */
    public void heading(String text) {
        List<String> lines = lines(bold, HEADING_SIZE, TEXT_WIDTH, text);
        y -= HEADING_GAP;
        makeRoom(lines.size() * HEADING_SIZE * LINE_HEIGHT + 2 * BODY_SIZE * LINE_HEIGHT);
        flow(bold, HEADING_SIZE, lines);
        y -= PARAGRAPH_GAP / 2;
    }

    /** Running text; its own line breaks start new lines. */
    public void paragraph(String text) {
        flow(regular, BODY_SIZE, lines(regular, BODY_SIZE, TEXT_WIDTH, text));
        y -= PARAGRAPH_GAP;
    }

    /** A label in bold on the left and its value beside it, both wrapped in their column. */
    public void field(String label, String value) {
        List<String> labels = lines(bold, BODY_SIZE, LABEL_WIDTH - COLUMN_GAP, label);
        List<String> values = lines(regular, BODY_SIZE, TEXT_WIDTH - LABEL_WIDTH, value);
        for (int i = 0; i < Math.max(Math.max(labels.size(), values.size()), 1); i++) {
            float baseline = nextLine(BODY_SIZE);
            if (i < labels.size()) {
                show(bold, BODY_SIZE, MARGIN, baseline, labels.get(i));
            }
            if (i < values.size()) {
                show(regular, BODY_SIZE, MARGIN + LABEL_WIDTH, baseline, values.get(i));
            }
        }
        y -= PARAGRAPH_GAP / 2;
    }

    public void bullet(String text) {
        List<String> lines = lines(regular, BODY_SIZE, TEXT_WIDTH - BULLET_INDENT, text);
        for (int i = 0; i < lines.size(); i++) {
            float baseline = nextLine(BODY_SIZE);
            if (i == 0) {
                show(regular, BODY_SIZE, MARGIN, baseline, BULLET);
            }
            show(regular, BODY_SIZE, MARGIN + BULLET_INDENT, baseline, lines.get(i));
        }
        y -= PARAGRAPH_GAP / 2;
    }

    /** Blank space, e.g. where a paper signature goes; on the next page when it does not fit on this one. */
    public void space(float points) {
        makeRoom(points);
        y -= points;
    }

    private byte[] finish(DocumentInfo info) {
        closeContent();
        numberPages(info.footer());
        describe(info);
        try {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf, CompressParameters.NO_COMPRESSION);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void numberPages(String footerLabel) {
        int count = document.getNumberOfPages();
        String label = lines(regular, FOOTER_SIZE, TEXT_WIDTH - 80, footerLabel).stream().findFirst().orElse("");
        for (int n = 1; n <= count; n++) {
            PDPage page = document.getPage(n - 1);
            try (PDPageContentStream footer = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, false, true)) {
                footer.setLineWidth(0.5f);
                footer.moveTo(MARGIN, FOOTER_BASELINE + 12);
                footer.lineTo(PAGE.getWidth() - MARGIN, FOOTER_BASELINE + 12);
                footer.stroke();
                show(footer, regular, FOOTER_SIZE, MARGIN, FOOTER_BASELINE, label);
                String number = regular.printable("page " + n + " / " + count);
                show(footer, regular, FOOTER_SIZE, PAGE.getWidth() - MARGIN - regular.width(number, FOOTER_SIZE),
                        FOOTER_BASELINE, number);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Properties from the data, and an ID derived from what was drawn instead of PDFBox's clock-based one. The date
     * is kept to the second, as the PDF writes it, so that the ID never differs where the document does not.
     */
    private void describe(DocumentInfo info) {
        Instant dated = info.dated() == null ? null : info.dated().truncatedTo(ChronoUnit.SECONDS);
        PDDocumentInformation properties = document.getDocumentInformation();
        properties.setTitle(info.title());
        properties.setSubject(info.subject());
        properties.setAuthor(info.author());
        properties.setCreator(PRODUCER);
        properties.setProducer(PRODUCER);
        if (dated != null) {
            Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            calendar.setTimeInMillis(dated.toEpochMilli());
            properties.setCreationDate(calendar);
            properties.setModificationDate(calendar);
        }
        document.getDocumentCatalog().setLanguage("fr-FR");
        ArchiveFormat.apply(document, info, dated);
        for (Object property : Arrays.asList(info.title(), info.subject(), info.author(), dated)) {
            drawn.update(String.valueOf(property).getBytes(StandardCharsets.UTF_8));
        }
        COSString id = new COSString(Arrays.copyOf(drawn.digest(), 16));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** The printable lines of a text in a column: its own line breaks first, then wrapping. */
    private static List<String> lines(Typeface face, float size, float width, String text) {
        LineBreaker breaker = new LineBreaker(width, line -> face.width(line, size));
        List<String> lines = new ArrayList<>();
        for (String paragraph : Objects.requireNonNullElse(text, "").split("\\R")) {
            lines.addAll(breaker.lines(face.printable(paragraph)));
        }
        return lines;
    }

    /** Lines at the left margin, one under the other, over as many pages as they need. */
    private void flow(Typeface face, float size, List<String> lines) {
        for (String line : lines) {
            show(face, size, MARGIN, nextLine(size), line);
        }
    }

    /** The baseline of the next line at this size, on a new page when this one is full. */
    private float nextLine(float size) {
        makeRoom(size * LINE_HEIGHT);
        float baseline = y - size;
        y -= size * LINE_HEIGHT;
        return baseline;
    }

    private void makeRoom(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void show(Typeface face, float size, float x, float baseline, String printable) {
        show(content, face, size, x, baseline, printable);
    }

    private void show(PDPageContentStream target, Typeface face, float size, float x, float baseline,
                      String printable) {
        drawn.update(printable.getBytes(StandardCharsets.UTF_8));
        try {
            target.beginText();
            target.setFont(face.font(), size);
            target.newLineAtOffset(x, baseline);
            target.showText(printable);
            target.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        closeContent();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PAGE.getHeight() - MARGIN;
    }

    private void closeContent() {
        if (content == null) {
            return;
        }
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            content = null;
        }
    }

    @Override
    public void close() {
        try {
            closeContent();
        } finally {
            try {
                document.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
