package fr.passerelle.api.graphql.guard;

import fr.passerelle.api.security.PartnerCaller;
import fr.passerelle.api.security.PartnerSettings;
import fr.passerelle.partner.model.CostBucket;
import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A partner client's cost budget (README, "Partner clients: cost budget"): before an operation runs, its requested
 * cost — the same static measure as the query limits ({@link OperationMeasure}) — is taken from the client's leaky
 * bucket, or the operation is refused {@code THROTTLED} with {@code retryAfter} (seconds); once it ran, what it did
 * not use (requested minus actual, the fields the answer really holds) is given back. Every partner response says
 * so in {@code extensions.cost}. People's operations are bounded by the query limits and the request budget only.
 */
final class CostBudgetGuard extends SimplePerformantInstrumentation {

    static final ErrorClassification THROTTLED = ErrorClassification.errorClassification("THROTTLED");
    static final String RETRY_AFTER = "retryAfter";

    /** What one operation asked for and whether its points were taken; kept in the operation's context. */
    private static final class Charge {
        long requested;
        boolean taken;
        CostBucket bucket;
    }

    private static final String CHARGE = Charge.class.getName();

    private final CostBudgets budgets;
    private final PartnerSettings settings;
    private final boolean introspectionFree;

    CostBudgetGuard(CostBudgets budgets, PartnerSettings settings, boolean introspectionEnabled) {
        this.budgets = budgets;
        this.settings = settings;
        this.introspectionFree = introspectionEnabled;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        PartnerCaller caller = execution.getGraphQLContext().get(PartnerCaller.ATTRIBUTE);
        if (caller != null) {
            Charge charge = new Charge();
            execution.getGraphQLContext().put(CHARGE, charge);
            charge.requested = OperationMeasure.of(execution.getGraphQLSchema(), execution.getDocument(),
                    execution.getOperationDefinition().getName(), execution.getCoercedVariables(), introspectionFree)
                    .cost();
            PartnerSettings.Budget budget = settings.budgetOf(caller.tier());
            if (charge.requested > budget.capacity()) {
                throw Refusals.refuse("Query cost " + charge.requested + " exceeds this client's budget capacity of "
                        + budget.capacity() + "; ask for smaller pages or fewer fields");
            }
            CostBucket.Taking taking = budgets.take(caller.clientId(), budget, charge.requested);
            charge.bucket = taking.bucket();
            if (!taking.granted()) {
                throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().errorType(THROTTLED)
                        .message("This client's cost budget is spent: the query costs " + charge.requested + ", "
                                + taking.bucket().remaining() + " points are left; retry after "
                                + taking.retryAfter() + " s")
                        .extensions(Map.of(RETRY_AFTER, taking.retryAfter())).build()));
            }
            charge.taken = true;
        }
        return super.beginExecuteOperation(parameters, state);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        GraphQLContext context = parameters.getGraphQLContext();
        PartnerCaller caller = context == null ? null : context.get(PartnerCaller.ATTRIBUTE);
        Charge charge = context == null ? null : context.get(CHARGE);
        if (caller == null || charge == null) {
            return CompletableFuture.completedFuture(result);
        }
        long actual = charge.taken ? ActualCost.of(result.getData()) : 0;
        CostBucket after = charge.taken
                ? budgets.refund(caller.clientId(), settings.budgetOf(caller.tier()),
                        Math.max(0, charge.requested - actual))
                : charge.bucket;
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("requested", charge.requested);
        cost.put("actual", actual);
        if (after != null) {
            cost.put("remaining", after.remaining());
            cost.put("resetAt", after.resetAt().toString());
        }
        Map<Object, Object> extensions = new LinkedHashMap<>();
        if (result.getExtensions() != null) {
            extensions.putAll(result.getExtensions());
        }
        extensions.put("cost", cost);
        return CompletableFuture.completedFuture(
                ExecutionResultImpl.newExecutionResult().from(result).extensions(extensions).build());
    }
}
