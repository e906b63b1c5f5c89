package fr.passerelle.api.graphql.guard;

import fr.passerelle.shared.paging.Paging;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an operation may cost, measured statically on the document (fragments and variables resolved) before any data
 * is fetched, in one walk:
 * <ul>
 *   <li><b>depth</b> — the longest chain of nested fields, where a connection hop ({@code offers { edges { node { … } } } })
 *       counts once: {@code edges} and {@code node} only wrap the items, they are not a level of data;</li>
 *   <li><b>cost</b> — every field costs 1 (the {@code edges} wrapper nothing), and a field returning a page multiplies
 *       what is under it by its page size ({@code first} or {@code last}, else the default page size; the number of
 *       ids for {@code nodes(ids:)}), so {@code offers(first: 50) { … applications(first: 20) { … } }} costs what it
 *       may really return;</li>
 *   <li><b>nodes</b> — the most objects pages may return: the sum, over every paged field, of the product of page
 *       sizes along its path (GitHub's node limit).</li>
 * </ul>
 * With introspection on (dev), introspection fields are free: GraphiQL's and codegen's schema query is 15 levels deep
 * and must work whatever the limits. Outside dev they do not exist (the schema refuses them at validation).
 */
record OperationMeasure(int depth, long cost, long nodes) {

    static OperationMeasure of(GraphQLSchema schema, Document document, String operationName,
                               CoercedVariables variables, boolean introspectionFree) {
        var traverser = QueryTraverser.newQueryTraverser().schema(schema).document(document)
                .operationName(operationName).coercedVariables(variables).build();
        var walk = new Walk(introspectionFree);
        traverser.visitPostOrder(walk);
        OperationMeasure root = walk.byParent.get(null);
        return root != null ? root : new OperationMeasure(0, 0, 0);
    }

    /** Post-order: a field's children are measured before it, and sum up under their parent's environment. */
    private static final class Walk extends QueryVisitorStub {

        private final boolean introspectionFree;
        private final Map<QueryVisitorFieldEnvironment, OperationMeasure> byParent = new HashMap<>();

        Walk(boolean introspectionFree) {
            this.introspectionFree = introspectionFree;
        }

        @Override
        public void visitField(QueryVisitorFieldEnvironment env) {
            OperationMeasure children = byParent.getOrDefault(env, new OperationMeasure(0, 0, 0));
            OperationMeasure own = measure(env, children);
            byParent.merge(env.getParentEnvironment(), own, (a, b) -> new OperationMeasure(Math.max(a.depth, b.depth),
                    saturated(a.cost + b.cost), saturated(a.nodes + b.nodes)));
        }

        private OperationMeasure measure(QueryVisitorFieldEnvironment env, OperationMeasure children) {
            if (introspectionFree && env.getFieldDefinition().getName().startsWith("__")) {
                return new OperationMeasure(0, 0, 0);
            }
            boolean wrapper = isConnectionWrapper(env);
            int depth = children.depth + (wrapper ? 0 : 1);
            return pageSize(env)
                    .map(size -> new OperationMeasure(depth, saturated(1 + size * children.cost),
                            saturated(size * (1 + children.nodes))))
                    .orElseGet(() -> new OperationMeasure(depth,
                            saturated(children.cost + (isEdges(env) ? 0 : 1)), children.nodes));
        }
    }

    /** {@code edges} of a connection and {@code node} of an edge: the Relay wrapping of one hop. */
    private static boolean isConnectionWrapper(QueryVisitorFieldEnvironment env) {
        String parent = GraphQLTypeUtil.unwrapAll(env.getParentType()).getName();
        String field = env.getFieldDefinition().getName();
        return isEdges(env) || (parent.endsWith("Edge") && field.equals("node"));
    }

    private static boolean isEdges(QueryVisitorFieldEnvironment env) {
        return GraphQLTypeUtil.unwrapAll(env.getParentType()).getName().endsWith("Connection")
                && env.getFieldDefinition().getName().equals("edges");
    }

    /**
     * How many items a field may return: a connection's (or a capped list's) page size, or the length of an
     * {@code ids} list ({@code nodes}); empty for fields returning one object.
     */
    private static Optional<Long> pageSize(QueryVisitorFieldEnvironment env) {
        var definition = env.getFieldDefinition();
        if (definition.getArgument("ids") != null) {
            return Optional.of(env.getArguments().get("ids") instanceof List<?> ids ? (long) ids.size() : 0L);
        }
        if (definition.getArgument("first") == null && definition.getArgument("last") == null) {
            return Optional.empty();
        }
        Object first = env.getArguments().get("first");
        Object size = first != null ? first : env.getArguments().get("last");
        return Optional.of(size instanceof Integer n ? Math.max(n, 0L) : Paging.DEFAULT_SIZE);
    }

    /** Huge page sizes must not overflow into a small (or negative) measure. */
    private static long saturated(long value) {
        return Math.min(Math.max(value, 0), Integer.MAX_VALUE);
    }
}
