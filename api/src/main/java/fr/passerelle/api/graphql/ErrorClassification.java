package fr.passerelle.api.graphql;

import fr.passerelle.api.graphql.guard.RequestTimeoutException;
import fr.passerelle.api.web.InternalErrors;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions from data fetchers into classified GraphQL errors. Known failures keep their (safe) message;
 * anything else is a bug: logged with its stack trace and the execution id, answered with only that id, so no
 * exception text or internal detail ever reaches a client.
 */
@Component
class ErrorClassification extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ErrorClassification.class);
    /** A write lost a race that could not be retried safely; retrying the request may succeed. */
    static final graphql.ErrorClassification CONFLICT = graphql.ErrorClassification.errorClassification("CONFLICT");
    /** The request ran out of time (see DeadlineGuard); retrying with less data may succeed. */
    static final graphql.ErrorClassification TIMEOUT = graphql.ErrorClassification.errorClassification("TIMEOUT");

    ErrorClassification() {
        setThreadLocalContextAware(true);
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof NotFoundException missing) {
            return error(env, ErrorType.NOT_FOUND, NotFoundMessages.of(missing, env));
        }
        if (ex instanceof ForbiddenException) {
            return error(env, ErrorType.FORBIDDEN, ex.getMessage());
        }
        if (ex instanceof AccessDeniedException) {
            return error(env, ErrorType.FORBIDDEN, "Access denied");
        }
        if (ex instanceof InvalidArgumentException || ex instanceof BusinessRuleViolation) {
            return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
        }
        if (ex instanceof ConcurrentUpdateException) {
            return error(env, CONFLICT, "The object was changed concurrently; reload it and retry");
        }
        if (ex instanceof RequestTimeoutException) {
            return error(env, TIMEOUT, ex.getMessage());
        }
        String executionId = env.getExecutionId().toString();
        log.error("Unexpected error in {} (execution {})", env.getExecutionStepInfo().getPath(), executionId, ex);
        return error(env, ErrorType.INTERNAL_ERROR, InternalErrors.message(executionId));
    }

    private static GraphQLError error(DataFetchingEnvironment env, graphql.ErrorClassification type, String message) {
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
    }
}
