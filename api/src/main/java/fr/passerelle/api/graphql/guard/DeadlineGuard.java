package fr.passerelle.api.graphql.guard;

import graphql.language.OperationDefinition;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.time.Duration;

/**
 * The time budget of one execution. Data fetchers run in the request thread, so a running one cannot be cut short;
 * instead, once the budget is spent no further data fetcher starts, and the remaining fields fail with a TIMEOUT
 * error. A slow request thus overruns by at most one fetcher instead of doing all its remaining work.
 */
final class DeadlineGuard extends SimplePerformantInstrumentation {

    private final Duration budget;

    DeadlineGuard(Duration budget) {
        this.budget = budget;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Deadline(System.nanoTime() + budget.toNanos());
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        Deadline deadline = (Deadline) state;
        if (parameters.getExecutionContext().getOperationDefinition().getOperation()
                == OperationDefinition.Operation.SUBSCRIPTION) {
            return dataFetcher; // a stream lives as long as its token: each event resolves at once, not within 5 s of the start
        }
        return environment -> {
            if (System.nanoTime() > deadline.atNanos()) {
                throw new RequestTimeoutException(budget);
            }
            return dataFetcher.get(environment);
        };
    }

    private record Deadline(long atNanos) implements InstrumentationState {
    }
}
