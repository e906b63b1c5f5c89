package fr.passerelle.api.graphql.guard;

import fr.passerelle.shared.paging.Paging;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;
import java.util.List;
import java.util.Optional;

/**
 * Static cost analysis of the whole operation (fragments and variables resolved), before execution. A connection
 * field multiplies what is under it by its page size ({@code first} or {@code last}, else the default page size),
 * so {@code schools(first: 100) { edges { node { members(first: 100) … } } } } costs what it may really return;
 * {@code nodes(ids:)} multiplies by the number of ids.
 * Two measures use it: the cost budget (every field counts) and the node cap (only connection items count).
 */
final class CostGuard extends MaxQueryComplexityInstrumentation {

    private final String measure;

    private CostGuard(int max, FieldComplexityCalculator calculator, String measure) {
        super(max, calculator);
        this.measure = measure;
    }

    static CostGuard cost(int maxCost) {
        return new CostGuard(maxCost, (env, children) -> pageSize(env)
                .map(size -> saturated(1 + (long) size * children))
                .orElse(saturated(1L + children)), "cost");
    }

    static CostGuard nodes(int maxNodes) {
        return new CostGuard(maxNodes, (env, children) -> pageSize(env)
                .map(size -> saturated((long) size * (1 + children)))
                .orElse(children), "node count");
    }

    /**
     * How many items a field may return: a connection's page size, or the length of an {@code ids} list
     * ({@code nodes}); empty for fields returning one object.
     */
    private static Optional<Integer> pageSize(FieldComplexityEnvironment env) {
        var definition = env.getFieldDefinition();
        if (definition.getArgument("ids") != null) {
            return Optional.of(env.getArguments().get("ids") instanceof List<?> ids ? ids.size() : 0);
        }
        boolean connection = definition.getArgument("first") != null || definition.getArgument("last") != null;
        if (!connection) {
            return Optional.empty();
        }
        Object first = env.getArguments().get("first");
        Object last = env.getArguments().get("last");
        Object size = first != null ? first : last;
        return Optional.of(size instanceof Integer n ? Math.max(n, 0) : Paging.DEFAULT_SIZE);
    }

    /** Huge page sizes must not overflow into a small (or negative) cost. */
    private static int saturated(long value) {
        return (int) Math.min(value, Integer.MAX_VALUE);
    }

    @Override
    protected AbortExecutionException mkAbortException(int total, int max) {
        return Refusals.refuse("Query " + measure + " " + total + " exceeds the limit of " + max
                + "; ask for smaller pages or fewer fields");
    }
}
