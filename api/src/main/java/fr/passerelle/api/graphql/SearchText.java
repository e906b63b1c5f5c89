package fr.passerelle.api.graphql;

/** Free-text filters are bounded like every other input. */
public final class SearchText {

    public static final int MAX_LENGTH = 80;

    private SearchText() {
    }

    public static String bounded(String text) {
        if (text != null && text.length() > MAX_LENGTH) {
            throw new InvalidArgumentException("Search text must be at most " + MAX_LENGTH + " characters");
        }
        return text;
    }
}
