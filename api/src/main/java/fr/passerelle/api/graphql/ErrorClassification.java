package fr.passerelle.api.graphql;

import fr.passerelle.api.graphql.guard.RequestTimeoutException;
import fr.passerelle.api.i18n.ReaderLanguages;
import fr.passerelle.api.web.InternalErrors;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.i18n.Bundles;
import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions from data fetchers into classified GraphQL errors, written in the reader's language where the
 * sentence is ours (not found, broken rules, conflicts). Known failures keep their (safe) message;
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
            return error(env, ErrorType.NOT_FOUND, sentence(NotFoundMessages.of(missing, env), env));
        }
        if (ex instanceof ForbiddenException denied) {
            return error(env, ErrorType.FORBIDDEN, sentence(denied.reason(), env));
        }
        if (ex instanceof AccessDeniedException) {
            return error(env, ErrorType.FORBIDDEN, "Access denied");
        }
        if (ex instanceof BusinessRuleViolation broken) {
            // Outside a mutation's payload (say, a query's filter): the fields named, then each rule's sentence.
            return error(env, ErrorType.BAD_REQUEST, broken.violations().stream()
                    .map(v -> (v.field().isEmpty() ? "" : String.join(".", v.field()) + ": ") + sentence(v.message(), env))
                    .collect(Collectors.joining(" ")));
        }
        if (ex instanceof InvalidArgumentException) {
            return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
        }
        if (ex instanceof ConcurrentUpdateException) {
            return error(env, CONFLICT, sentence(Message.of("error.request.conflict"), env));
        }
        if (ex instanceof RequestTimeoutException) {
            return error(env, TIMEOUT, ex.getMessage());
        }
        String executionId = env.getExecutionId().toString();
        log.error("Unexpected error in {} (execution {})", env.getExecutionStepInfo().getPath(), executionId, ex);
        return error(env, ErrorType.INTERNAL_ERROR, InternalErrors.message(executionId));
    }

    private static String sentence(Message message, DataFetchingEnvironment env) {
        return Bundles.render(message, ReaderLanguages.in(env.getGraphQlContext()));
    }

    private static GraphQLError error(DataFetchingEnvironment env, graphql.ErrorClassification type, String message) {
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
    }
}
