package fr.passerelle.agreement.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An embedded Unicode font and what it can print. Names come from users in any script ("Łukasiewicz", "Şahin",
 * "Nguyễn Thị Hương", "Παπαδόπουλος", "Иванова", "عبد الله", "李雷", emoji), so every text goes through
 * {@link #printable} before it is measured or drawn. DejaVu Sans (open licence, shipped in the resources) covers
 * Latin with all its extensions, Greek and Cyrillic; it is embedded as a subset, so a document carries only the
 * glyphs it uses. Arabic and Hebrew print in Latin transliteration (PDFBox neither shapes nor reorders them); a letter
 * the font lacks prints without its accents if that exists, and anything else (ideographs, emoji) as its code point,
 * "[U+674E]": never a silently different name, never a bare "?".
 *
 * <p>One instance per document: PDFBox records per-document state on font objects when it writes them.
 */
final class Typeface {

    static final char NO_BREAK_SPACE = '\u00A0';
    static final String REGULAR = "/fonts/dejavu/DejaVuSans.ttf";
    static final String BOLD = "/fonts/dejavu/DejaVuSans-Bold.ttf";

    private final PDType0Font font;
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    Typeface(PDDocument document, String resource) {
        try (InputStream ttf = Typeface.class.getResourceAsStream(resource)) {
            if (ttf == null) {
                throw new IllegalStateException("font missing from the class path: " + resource);
            }
            this.font = PDType0Font.load(document, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDFont font() {
        return font;
    }

    /**
     * The text as this font can draw it. Composed first (NFC), so that "e" + combining acute prints as "é"; spaces
     * of every kind become a space, the non-breaking ones (U+202F before French punctuation, figure space) a
     * no-break space; invisible characters (soft hyphens, joiners, variation selectors, combining marks left after
     * composition) are dropped, as the letter they belong to is already printed or replaced.
     */
    String printable(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder printable = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> {
            if (isNonBreakingSpace(codePoint)) {
                printable.append(NO_BREAK_SPACE);
            } else if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                printable.append(' ');
            } else if (!isInvisible(codePoint)) {
                printable.append(substitute(codePoint));
            }
        });
        return printable.toString();
    }

    /** The width of printable text at this size, in points. */
    float width(String printable, float size) {
        try {
            return font.getStringWidth(printable) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String substitute(int codePoint) {
        if (Transliteration.needed(codePoint)) {
            return Transliteration.latin(codePoint);
        }
        if (canEncode(codePoint)) {
            return Character.toString(codePoint);
        }
        String unaccented = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        if (!unaccented.isEmpty() && unaccented.codePoints().allMatch(this::canEncode)) {
            return unaccented;
        }
        return String.format(Locale.ROOT, "[U+%04X]", codePoint);
    }

    private boolean canEncode(int codePoint) {
        return encodable.computeIfAbsent(codePoint, this::tryEncode);
    }

    private boolean tryEncode(int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static boolean isNonBreakingSpace(int codePoint) {
        return codePoint == '\u00A0' || codePoint == '\u2007' || codePoint == '\u202F';
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
