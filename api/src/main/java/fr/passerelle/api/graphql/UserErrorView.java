package fr.passerelle.api.graphql;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/** GraphQL {@code UserError}: a violated business rule with the path of the input field it concerns. */
public record UserErrorView(String message, List<String> field, ErrorCode code) {

    /**
     * @param root where the command sits in the mutation's arguments (usually {@code input}); null when the
     *             command's fields are the mutation's own arguments
     */
    static List<UserErrorView> of(BusinessRuleViolation violation, String root) {
        return violation.violations().stream().map(v -> of(v, root)).toList();
    }

    private static UserErrorView of(Violation violation, String root) {
        List<String> path = new ArrayList<>();
        if (root != null) {
            path.add(root);
        }
        violation.field().stream().filter(segment -> !segment.isEmpty()).forEach(path::add);
        String subject = path.isEmpty() ? "" : path.get(path.size() - 1) + " ";
        return new UserErrorView(subject + violation.message(), path.isEmpty() ? null : path, violation.code());
    }
}
