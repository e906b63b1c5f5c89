package fr.passerelle.api.graphql;

import fr.passerelle.api.web.InternalErrors;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Errors graphql-java raises itself — a document that does not parse or does not match the schema, variables that
 * do not fit their types — carry graphql-java's own classifications ({@code InvalidSyntax}, {@code ValidationError},
 * …) and messages that print the syntax tree ({@code ObjectValue{objectFields=[…}}). They are reclassified here into
 * README's classifications, with a message a person can read: the one set a client has to handle.
 */
@Component
class RequestErrorClassification implements WebGraphQlInterceptor {

    private static final Logger log = LoggerFactory.getLogger(RequestErrorClassification.class);
    /** graphql-java's "Validation error (WrongType@[schools]) : " prefix. */
    private static final Pattern RULE_PREFIX = Pattern.compile("^Validation error \\([^)]*\\) ?: ?");
    /** " with value 'ObjectValue{…}'" before the sentence saying what is wrong with it. */
    private static final Pattern PRINTED_VALUE = Pattern.compile(" with value '.*?'(?= (?:is not a valid|must not be"
            + " null|must be an object type|is missing required fields|contains a field not in))", Pattern.DOTALL);
    /** " - 'EnumValue{name='GOLD'}'" closing an enum or scalar message. */
    private static final Pattern TRAILING_VALUE = Pattern.compile(" - '[A-Za-z]+\\{.*}'$", Pattern.DOTALL);
    /** Whatever still prints a syntax-tree node ({@code Name{field=…}}). */
    private static final Pattern SYNTAX_TREE = Pattern.compile("\\b[A-Z][A-Za-z]*\\{[a-zA-Z]+=");

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<GraphQLError> errors = response.getExecutionResult().getErrors();
            if (errors.stream().noneMatch(error -> error.getErrorType() instanceof graphql.ErrorType)) {
                return response;
            }
            String executionId = response.getExecutionInput().getExecutionId().toString();
            return response.transform(builder -> builder.errors(errors.stream()
                    .map(error -> classified(error, executionId)).toList()));
        });
    }

    private static GraphQLError classified(GraphQLError error, String executionId) {
        if (!(error.getErrorType() instanceof graphql.ErrorType own)) {
            return error;
        }
        return switch (own) {
            case InvalidSyntax, ValidationError, OperationNotSupported, ExecutionAborted ->
                    rebuilt(error, ErrorType.BAD_REQUEST, readable(error.getMessage()));
            case DataFetchingException, NullValueInNonNullableField -> {
                log.error("GraphQL error {} (execution {}): {}", own, executionId, error.getMessage());
                yield rebuilt(error, ErrorType.INTERNAL_ERROR,
                        InternalErrors.message(executionId));
            }
        };
    }

    /** The message without the rule's name or printed syntax-tree nodes; a generic one if any remain. */
    static String readable(String message) {
        String text = RULE_PREFIX.matcher(message == null ? "" : message).replaceFirst("");
        text = PRINTED_VALUE.matcher(text).replaceAll("");
        text = TRAILING_VALUE.matcher(text).replaceFirst("").strip();
        if (text.isEmpty() || SYNTAX_TREE.matcher(text).find()) {
            return "The document does not match the schema at the location given; check it against the schema";
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static GraphQLError rebuilt(GraphQLError error, ErrorType type, String message) {
        var builder = GraphqlErrorBuilder.newError().errorType(type).message(message);
        if (error.getLocations() != null) {
            builder.locations(error.getLocations());
        }
        if (error.getPath() != null) {
            builder.path(error.getPath());
        }
        return builder.build();
    }
}
