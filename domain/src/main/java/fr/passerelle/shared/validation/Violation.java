package fr.passerelle.shared.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One broken business rule: where (a path into the command, e.g. {@code ["address", "postalCode"]}), why (a code)
 * and a sentence a person can act on.
 */
public record Violation(List<String> field, ErrorCode code, String message) {

    public Violation {
        field = List.copyOf(field);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** @param path dot-separated; empty for a violation of the value as a whole */
    public static Violation of(String path, ErrorCode code, String message) {
        return new Violation(segments(path), code, message);
    }

    /** "startsFrom must be between …": the path, then the message; the message alone for the value as a whole. */
    public String describe() {
        return field.isEmpty() ? message : String.join(".", field) + " " + message;
    }

    static List<String> segments(String path) {
        return Arrays.stream(path.split("\\.")).filter(segment -> !segment.isEmpty()).toList();
    }
}
