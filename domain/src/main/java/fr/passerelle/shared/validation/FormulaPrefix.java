package fr.passerelle.shared.validation;

import fr.passerelle.shared.i18n.Message;
import java.util.Optional;

/**
 * Spreadsheet formula injection ("CSV injection"): a value a spreadsheet runs as a formula once the data is exported
 * and opened again, such as {@code =cmd|' /C calc'!A0}. The one list of risky starts, for the text checks of every
 * command and for the file readers alike.
 */
public final class FormulaPrefix {

    /** Characters that start a formula, also after leading spaces. */
    public static final String CHARACTERS = "=+-@";

    private FormulaPrefix() {
    }

    /**
     * How {@code text} starts like a formula, as people read it ({@code '='}, a tab, a carriage return), or empty
     * when it starts safely: a tab or a carriage return first, or one of {@link #CHARACTERS} as the first character
     * that is not a space.
     */
    public static Optional<Message> of(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        char first = text.charAt(0);
        if (first == '\t') {
            return Optional.of(Message.of("error.text.start.tab"));
        }
        if (first == '\r') {
            return Optional.of(Message.of("error.text.start.carriage-return"));
        }
        String visible = text.stripLeading();
        if (!visible.isEmpty() && CHARACTERS.indexOf(visible.charAt(0)) >= 0) {
            return Optional.of(Message.of("error.text.start.character", visible.charAt(0)));
        }
        return Optional.empty();
    }
}
