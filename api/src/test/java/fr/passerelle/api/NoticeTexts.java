package fr.passerelle.api;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What a notification of a kind says in a language, read from the very bundles the server renders them from
 * ({@code i18n/messages*.properties}), so a journey asserts "in English" or "in French" without copying a sentence.
 */
final class NoticeTexts {

    static final Locale FRENCH = Locale.FRENCH;
    static final Locale ENGLISH = Locale.ENGLISH;

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private NoticeTexts() {
    }

    /** The title of a notice of this kind ({@code APPLICATION_RECEIVED}) with its placeholders filled. */
    static String title(Locale language, String kind, Map<String, String> parameters) {
        return fill(text(language, kind, "title"), parameters);
    }

    static String title(Locale language, String kind) {
        return title(language, kind, Map.of());
    }

    /** The body of a notice of this kind with its placeholders filled. */
    static String body(Locale language, String kind, Map<String, String> parameters) {
        return fill(text(language, kind, "body"), parameters);
    }

    private static String text(Locale language, String kind, String part) {
        return ResourceBundle.getBundle("i18n/messages", language, NO_DEFAULT_LOCALE)
                .getString(kind.toLowerCase(Locale.ROOT) + "." + part);
    }

    private static String fill(String template, Map<String, String> parameters) {
        String filled = template;
        for (var parameter : parameters.entrySet()) {
            filled = filled.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        if (filled.matches("(?s).*\\{[a-zA-Z]+}.*")) {
            throw new IllegalArgumentException("a placeholder of '" + template + "' has no value in " + parameters);
        }
        return filled;
    }
}
