package fr.passerelle.agreement.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A Standard 14 font and what it can print. These fonts are not embedded and encode WinAnsi only (Western European
 * letters, €, typographic quotes and dashes); PDFBox throws on the first character outside it. Names come from
 * users and can be anything ("Łukasiewicz", "李雷", emoji), so every text goes through {@link #printable} before it
 * is measured or drawn: what the font cannot encode becomes {@value #FALLBACK}, a visible sign that a character is
 * missing rather than a silently different name.
 *
 * <p>One instance per document: PDFBox records per-document state on font objects when it writes them.
 */
final class Typeface {

    static final char FALLBACK = '?';
    static final char NO_BREAK_SPACE = '\u00A0';

    private final PDFont font;
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    Typeface(Standard14Fonts.FontName name) {
        this.font = new PDType1Font(name);
    }

    PDFont font() {
        return font;
    }

    /**
     * The text as this font can draw it. Composed first (NFC), so that "e" + combining acute prints as "é"; spaces
     * of every kind become a space, the non-breaking ones (U+202F before French punctuation, figure space) the one
     * WinAnsi has; invisible characters (soft hyphens, joiners, variation selectors, combining marks left after
     * composition) are dropped, as the letter they belong to is already printed or replaced; anything else the font cannot encode becomes {@value #FALLBACK}.
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
                printable.appendCodePoint(canEncode(codePoint) ? codePoint : FALLBACK);
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
