package fr.passerelle.shared.validation;

import fr.passerelle.shared.i18n.Message;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by use cases when a command breaks business rules. Nothing has been written when it is thrown; the API
 * turns it into {@code userErrors}.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final transient List<Violation> violations;

    public BusinessRuleViolation(List<Violation> violations) {
        super(violations.stream().map(Violation::describe).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a business rule violation needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** One violation: see {@link Violation#of}. */
    public static BusinessRuleViolation of(String path, ErrorCode code, String key, Object... arguments) {
        return new BusinessRuleViolation(List.of(Violation.of(path, code, key, arguments)));
    }

    /** One violation whose sentence was already chosen (say, by {@link TextKind#problem}). */
    public static BusinessRuleViolation of(String path, ErrorCode code, Message message) {
        return new BusinessRuleViolation(List.of(new Violation(Violation.segments(path), code, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
