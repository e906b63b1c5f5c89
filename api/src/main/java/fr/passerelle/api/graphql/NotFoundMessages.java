package fr.passerelle.api.graphql;

import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.i18n.Message;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import graphql.Scalars;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a client is told when something is not found: the id it sent, as it sent it — never the internal key or
 * type name the domain looked up (which may even be another object than the one named, e.g. an application's
 * offer). The id is the field's {@code ID} argument (or an {@code ID} field of its input object) that was not found,
 * or its only one; the sentence is written in the reader's language.
 */
final class NotFoundMessages {

    private NotFoundMessages() {
    }

    static Message of(NotFoundException missing, DataFetchingEnvironment env) {
        List<String> sent = new ArrayList<>();
        for (GraphQLArgument argument : env.getFieldDefinition().getArguments()) {
            Object value = env.getArgument(argument.getName());
            if (isId(argument.getType()) && value instanceof String id) {
                sent.add(id);
            } else if (GraphQLTypeUtil.unwrapNonNull(argument.getType()) instanceof GraphQLInputObjectType input
                    && value instanceof Map<?, ?> fields) {
                input.getFieldDefinitions().stream().filter(field -> isId(field.getType()))
                        .map(field -> fields.get(field.getName()))
                        .filter(String.class::isInstance).map(String.class::cast).forEach(sent::add);
            }
        }
        String named = sent.stream().filter(id -> names(id, missing.id())).findFirst()
                .orElse(sent.size() == 1 ? sent.get(0) : null);
        return named == null ? Message.of("error.request.not-found")
                : Message.of("error.request.not-found-id", named);
    }

    private static boolean isId(GraphQLInputType type) {
        return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLScalarType scalar
                && scalar.getName().equals(Scalars.GraphQLID.getName());
    }

    /** Whether the id sent is the key looked up: the same text, or a global id of that local id. */
    private static boolean names(String sent, String key) {
        return Objects.equals(sent, key)
                || GlobalIds.decode(sent).map(GlobalIds.GlobalId::localId).filter(key::equals).isPresent();
    }
}
