package fr.passerelle.api.graphql;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Runs a mutation's use case and builds its payload: the result with no user errors, or the broken business rules
 * with no result. Other failures (not found, forbidden, bugs) stay exceptions and become top-level errors.
 */
public final class Mutations {

    private Mutations() {
    }

    /** For mutations whose command is their {@code input} argument. */
    public static <T, P> P run(Supplier<T> useCase, BiFunction<List<UserErrorView>, T, P> payload) {
        return run("input", useCase, payload);
    }

    /** @param root the argument the command's field paths are relative to, or null for the mutation's own arguments */
    public static <T, P> P run(String root, Supplier<T> useCase, BiFunction<List<UserErrorView>, T, P> payload) {
        return run(root, Set.of(), useCase, payload);
    }

    /**
     * @param arguments the mutation's own arguments besides the command (such as {@code offerId}): their
     *                  violations are reported at the top, not under the root
     */
    public static <T, P> P run(String root, Set<String> arguments, Supplier<T> useCase,
                               BiFunction<List<UserErrorView>, T, P> payload) {
        try {
            return payload.apply(List.of(), useCase.get());
        } catch (BusinessRuleViolation violation) {
            return payload.apply(UserErrorView.of(violation, root, arguments), null);
        }
    }
}
