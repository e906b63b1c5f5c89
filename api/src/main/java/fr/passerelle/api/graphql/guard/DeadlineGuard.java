package fr.passerelle.api.graphql.guard;

import graphql.language.OperationDefinition;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The time budget of one execution. Data fetchers run in the request thread, so a running one cannot be cut short;
 * instead, once the budget is spent no further data fetcher starts, and the remaining fields fail with a TIMEOUT
 * error. A slow request thus overruns by at most one fetcher instead of doing all its remaining work.
 * <p>
 * A mutation's top-level field is where it writes: the deadline decides whether it starts, never whether its
 * answer is given. Once it has run, its change is committed, so its payload is resolved whatever the time —
 * answering TIMEOUT there would tell the client a write that happened did not, and a retry would repeat it. The
 * payload's cost is bounded by the cost guard like any selection. A later top-level mutation field of the same
 * document (they run one after the other) does not start once the budget is spent, and nothing of it is written.
 * <p>
 * Trivial fetchers are left unwrapped: a field read from its parent object (most of an answer's fields) or from the
 * schema in memory (introspection, bounded by the schema's size: GraphiQL's schema query never times out on a busy
 * machine). They do no work the budget could save, and wrapping each would cost every field of every answer a call.
 */
final class DeadlineGuard extends SimplePerformantInstrumentation {

    private final Duration budget;
    private final LongSupplier nanoTime;

    DeadlineGuard(Duration budget) {
        this(budget, System::nanoTime);
    }

    /** @param nanoTime the monotonic clock ({@link System#nanoTime()}; a test's own to move time on) */
    DeadlineGuard(Duration budget, LongSupplier nanoTime) {
        this.budget = budget;
        this.nanoTime = nanoTime;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Deadline(nanoTime.getAsLong() + budget.toNanos());
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            return dataFetcher;
        }
        Deadline deadline = (Deadline) state;
        if (parameters.getExecutionContext().getOperationDefinition().getOperation()
                == OperationDefinition.Operation.SUBSCRIPTION) {
            return dataFetcher; // a stream lives as long as its token: each event resolves at once, not within 5 s of the start
        }
        return environment -> {
            if (!insideMutationPayload(environment) && nanoTime.getAsLong() > deadline.atNanos()) {
                throw new RequestTimeoutException(budget);
            }
            return dataFetcher.get(environment);
        };
    }

    /** A field under a mutation's top-level field: part of the answer to a write that has happened. */
    private static boolean insideMutationPayload(DataFetchingEnvironment environment) {
        return environment.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION
                && environment.getExecutionStepInfo().getPath().getLevel() > 1;
    }

    private record Deadline(long atNanos) implements InstrumentationState {
    }
}
