package fr.passerelle.shared.validation;

import fr.passerelle.shared.i18n.Message;
import java.util.Locale;
import java.util.Optional;

/**
 * The two shapes of free text a command takes; {@link Checks} checks every text as one or the other. Both refuse
 * control characters (NUL, BEL, ESC…) and broken Unicode (a lone surrogate); they differ in what else they allow.
 */
public enum TextKind {

    /**
     * A name, title, label, code, city, e-mail…: one line, no tab, no Unicode direction override or isolate
     * (U+202A–U+202E, U+2066–U+2069, which make a name read differently from what it is), and never starting like a
     * spreadsheet formula ({@link FormulaPrefix}): these are the values an export puts in a cell.
     */
    LINE,

    /**
     * A description, message, note, comment or reason: paragraphs, so line breaks (CRLF and CR become LF) and tabs
     * are kept, as is a leading dash (a list) or text in either direction.
     */
    PROSE;

    private static final int NEXT_LINE = 0x85;
    private static final int LINE_SEPARATOR = 0x2028;
    private static final int PARAGRAPH_SEPARATOR = 0x2029;

    /** The stripped text with line endings normalised (LF only) for prose; a line is left as it is. */
    String normalised(String stripped) {
        return this == PROSE ? stripped.replace("\r\n", "\n").replace('\r', '\n') : stripped;
    }

    /** Why {@code text} (stripped and normalised) is not a text of this kind, or empty when it is. */
    public Optional<Message> problem(String text) {
        Optional<Message> character = characterProblem(text);
        if (character.isPresent() || this == PROSE) {
            return character;
        }
        return FormulaPrefix.of(text).map(start -> Message.of("error.text.formula-start", start));
    }

    /** The first character of {@code text} this kind does not allow, as a reason; the start is not judged. */
    public Optional<Message> characterProblem(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isSurrogate((char) c)) {
                return Optional.of(Message.of("error.text.lone-surrogate"));
            }
            boolean lineBreak = c == '\n' || c == '\r' || c == NEXT_LINE || c == LINE_SEPARATOR
                    || c == PARAGRAPH_SEPARATOR;
            if (this == LINE && lineBreak) {
                return Optional.of(Message.of("error.text.line-break"));
            }
            boolean allowedInProse = c == '\n' || c == '\t';
            if (Character.getType(c) == Character.CONTROL && !(this == PROSE && allowedInProse)) {
                return Optional.of(Message.of("error.text.control-character", codePoint(c)));
            }
            if (this == LINE && isDirectionControl(c)) {
                return Optional.of(Message.of("error.text.direction-override", codePoint(c)));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** Embeddings, overrides and isolates; the plain marks (LRM, RLM) that only nudge punctuation stay allowed. */
    private static boolean isDirectionControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    private static String codePoint(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }
}
