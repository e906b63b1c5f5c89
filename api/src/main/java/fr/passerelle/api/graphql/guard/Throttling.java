package fr.passerelle.api.graphql.guard;

import java.util.Optional;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlResponse;

/** How a throttled GraphQL answer is recognised over HTTP: it becomes a 429 with {@code Retry-After}. */
public final class Throttling {

    private Throttling() {
    }

    /** The seconds to wait when the answer refused the operation {@code THROTTLED}; empty otherwise. */
    public static Optional<String> retryAfter(WebGraphQlResponse response) {
        return response.getErrors().stream()
                .filter(error -> CostBudgetGuard.THROTTLED.equals(error.getErrorType()) || isThrottled(error))
                .findFirst()
                .map(error -> String.valueOf(error.getExtensions().get(CostBudgetGuard.RETRY_AFTER)));
    }

    private static boolean isThrottled(ResponseError error) {
        return error.getExtensions() != null && "THROTTLED".equals(error.getExtensions().get("classification"));
    }
}
