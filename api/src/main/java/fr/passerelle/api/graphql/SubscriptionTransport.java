package fr.passerelle.api.graphql;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import java.util.List;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Subscriptions are served over WebSocket only. Over HTTP a subscription would "succeed" with the stream object
 * serialised as data ({@code {"upstreamPublisher": …}}); instead it is refused, before its field runs, with a
 * BAD_REQUEST naming the transport to use. The interceptor marks requests that came over HTTP; the instrumentation
 * refuses a subscription operation so marked.
 */
@Component
class SubscriptionTransport extends SimplePerformantInstrumentation implements WebGraphQlInterceptor {

    private static final String OVER_HTTP = SubscriptionTransport.class.getName() + ".overHttp";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!(request instanceof WebSocketGraphQlRequest)) {
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(context -> context.put(OVER_HTTP, true)).build());
        }
        return chain.next(request);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var execution = parameters.getExecutionContext();
        if (execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.SUBSCRIPTION
                && Boolean.TRUE.equals(execution.getGraphQLContext().get(OVER_HTTP))) {
            throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST)
                    .message("Subscriptions are served over WebSocket only: open ws(s)://…/graphql with the "
                            + "graphql-transport-ws protocol (see README); HTTP POST serves queries and mutations")
                    .build()));
        }
        return super.beginExecuteOperation(parameters, state);
    }
}
