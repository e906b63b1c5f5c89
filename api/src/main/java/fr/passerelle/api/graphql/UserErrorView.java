package fr.passerelle.api.graphql;

import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * GraphQL {@code UserError}: a violated business rule with the path of the input field it concerns. Its sentence is
 * written in the reader's language when the field {@code message} is read ({@link UserErrorMessages}).
 */
public record UserErrorView(Message message, List<String> field, ErrorCode code) {

    /** The path of violations of the object's state (not of any input): never under a root. */
    static final String STATE = "status";

    /**
     * @param root where the command sits in the mutation's arguments (usually {@code input}); null when the
     *             command's fields are the mutation's own arguments
     */
    static List<UserErrorView> of(BusinessRuleViolation violation, String root) {
        return of(violation, root, Set.of());
    }

    /**
     * @param outsideRoot first path segments that are not in the command: the mutation's own arguments (such as an
     *                    id) and {@value #STATE}, the object's state; reported as they are, without the root
     */
    static List<UserErrorView> of(BusinessRuleViolation violation, String root, Set<String> outsideRoot) {
        return violation.violations().stream().map(v -> of(v, root, outsideRoot)).toList();
    }

    /** As {@link #of(BusinessRuleViolation, String, Set)}, for violations reported as data (a dry run's). */
    public static List<UserErrorView> of(List<Violation> violations, String root, Set<String> outsideRoot) {
        return violations.stream().map(v -> of(v, root, outsideRoot)).toList();
    }

    private static UserErrorView of(Violation violation, String root, Set<String> outsideRoot) {
        if (violation.field().isEmpty()) {
            // About no input at all (a change that could not be kept under contention): no field, not even the root.
            return new UserErrorView(violation.message(), null, violation.code());
        }
        List<String> path = new ArrayList<>();
        String first = violation.field().isEmpty() ? "" : violation.field().get(0);
        if (root != null && !first.equals(STATE) && !outsideRoot.contains(first)) {
            path.add(root);
        }
        violation.field().stream().filter(segment -> !segment.isEmpty()).forEach(path::add);
        return new UserErrorView(violation.message(), path.isEmpty() ? null : path, violation.code());
    }
}
