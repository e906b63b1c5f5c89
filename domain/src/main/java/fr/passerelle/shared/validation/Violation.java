package fr.passerelle.shared.validation;

import fr.passerelle.shared.i18n.Bundles;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.i18n.Message;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One broken business rule: where (a path into the command, e.g. {@code ["address", "postalCode"]}), why (a code)
 * and a sentence a person can act on, as a {@link Message} rendered in the reader's language. The sentence does not
 * name the field (a form shows it beside the field; the path is in {@code field}).
 */
public record Violation(List<String> field, ErrorCode code, Message message) {

    public Violation {
        field = List.copyOf(field);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * @param path      dot-separated; empty for a violation of the value as a whole
     * @param key       the sentence's key in the bundles ({@code i18n/errors*.properties})
     * @param arguments the values of its placeholders
     */
    public static Violation of(String path, ErrorCode code, String key, Object... arguments) {
        return new Violation(segments(path), code, Message.of(key, arguments));
    }

    /** "startsFrom: This date must be between …", in English, for logs and exception texts (never for clients). */
    public String describe() {
        String sentence = Bundles.render(message, Language.EN);
        return field.isEmpty() ? sentence : String.join(".", field) + ": " + sentence;
    }

    /** The segments of a dot-separated path, empty ones dropped. */
    public static List<String> segments(String path) {
        return Arrays.stream(path.split("\\.")).filter(segment -> !segment.isEmpty()).toList();
    }
}
