package fr.passerelle.api.graphql.guard;

import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import java.util.List;
import org.springframework.graphql.execution.ErrorType;

/** A request refused by a guard: a BAD_REQUEST error, raised before any data fetcher runs. */
final class Refusals {

    private Refusals() {
    }

    static AbortExecutionException refuse(String message) {
        return new AbortExecutionException(List.of(
                GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).build()));
    }
}
