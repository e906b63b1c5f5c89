package fr.passerelle.api.graphql;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Puts the GraphQL execution id in the logging context for the whole execution, so every log line of a request
 * (structured logs include the MDC) can be tied to the reference an INTERNAL_ERROR shows the client.
 */
@Component
class ExecutionIdLogging extends SimplePerformantInstrumentation {

    static final String KEY = "executionId";

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
                                                                  InstrumentationState state) {
        MDC.put(KEY, parameters.getExecutionInput().getExecutionId().toString());
        return SimpleInstrumentationContext.whenCompleted((result, error) -> MDC.remove(KEY));
    }
}
