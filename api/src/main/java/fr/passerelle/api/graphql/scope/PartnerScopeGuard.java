package fr.passerelle.api.graphql.scope;

import fr.passerelle.api.security.PartnerCaller;
import fr.passerelle.partner.model.PartnerScope;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLTypeUtil;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.graphql.execution.ErrorType;

/**
 * Refuses a partner client's operation, as a whole and before any data fetcher runs, when it selects a field its
 * scopes do not open ({@link ScopePolicy}). Checked on the document, so a field is refused wherever it is selected:
 * through {@code node(id:)}, a fragment on any type, an alias. People's operations pass untouched.
 */
final class PartnerScopeGuard extends SimplePerformantInstrumentation {

    /** Fields named in a refusal: enough to fix the query, bounded whatever the document. */
    private static final int NAMED = 5;

    private final ScopePolicy policy = new ScopePolicy();

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        PartnerCaller caller = execution.getGraphQLContext().get(PartnerCaller.ATTRIBUTE);
        if (caller != null) {
            Set<String> refused = new LinkedHashSet<>();
            QueryTraverser.newQueryTraverser().schema(execution.getGraphQLSchema())
                    .document(execution.getDocument()).operationName(execution.getOperationDefinition().getName())
                    .coercedVariables(execution.getCoercedVariables()).build()
                    .visitPreOrder(new QueryVisitorStub() {
                        @Override
                        public void visitField(QueryVisitorFieldEnvironment env) {
                            var access = policy.accessOf(execution.getGraphQLSchema(),
                                    GraphQLTypeUtil.unwrapAll(env.getParentType()), env.getFieldDefinition());
                            if (!access.open() && !caller.holdsAny(access.anyOf()) && refused.size() < NAMED) {
                                refused.add(describe(env, access));
                            }
                        }
                    });
            if (!refused.isEmpty()) {
                throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                        .errorType(ErrorType.FORBIDDEN)
                        .message("This partner client may not reach " + String.join("; ", refused)).build()));
            }
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static String describe(QueryVisitorFieldEnvironment env, ScopePolicy.Access access) {
        String coordinates = GraphQLTypeUtil.unwrapAll(env.getParentType()).getName() + "."
                + env.getFieldDefinition().getName();
        return access.closed() ? coordinates + " (closed to partner clients)"
                : coordinates + " (needs " + access.anyOf().stream().sorted().map(PartnerScope::value)
                        .collect(Collectors.joining(" or ")) + ")";
    }
}
