package fr.passerelle.api.graphql.guard;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Refuses an operation whose depth, cost or node count ({@link OperationMeasure}) exceeds its limit, after validation
 * and before any data fetcher runs.
 */
final class OperationGuard extends SimplePerformantInstrumentation {

    private final GuardSettings limits;
    private final boolean introspectionFree;

    OperationGuard(GuardSettings limits, boolean introspectionEnabled) {
        this.limits = limits;
        this.introspectionFree = introspectionEnabled;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        var measure = OperationMeasure.of(execution.getGraphQLSchema(), execution.getDocument(),
                execution.getOperationDefinition().getName(), execution.getCoercedVariables(), introspectionFree);
        if (measure.depth() > limits.maxDepth()) {
            throw Refusals.refuse("Query depth " + measure.depth() + " exceeds the limit of " + limits.maxDepth()
                    + " (a connection's edges and node count as one level)");
        }
        if (measure.cost() > limits.maxCost()) {
            throw Refusals.refuse("Query cost " + measure.cost() + " exceeds the limit of " + limits.maxCost()
                    + "; ask for smaller pages or fewer fields");
        }
        if (measure.nodes() > limits.maxNodes()) {
            throw Refusals.refuse("Query node count " + measure.nodes() + " exceeds the limit of "
                    + limits.maxNodes() + "; ask for smaller pages");
        }
        return super.beginExecuteOperation(parameters, state);
    }
}
