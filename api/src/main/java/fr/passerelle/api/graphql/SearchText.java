package fr.passerelle.api.graphql;

import fr.passerelle.shared.validation.TextKind;

/**
 * Free-text filters are bounded like every other input, and hold no control character or line break: a filter is
 * one line of text ({@link TextKind#LINE}'s characters; it may start with a dash, since nothing is stored).
 */
public final class SearchText {

    public static final int MAX_LENGTH = 80;

    private SearchText() {
    }

    public static String bounded(String text) {
        if (text != null && text.length() > MAX_LENGTH) {
            throw new InvalidArgumentException("Search text must be at most " + MAX_LENGTH + " characters");
        }
        if (text != null && TextKind.LINE.characterProblem(text.strip()).isPresent()) {
            throw new InvalidArgumentException("Search text must be one line without control characters");
        }
        return text;
    }
}
