package fr.passerelle.api.graphql;

import fr.passerelle.shared.error.NotFoundException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import graphql.Scalars;
import java.util.List;
import java.util.Objects;

/**
 * What a client is told when something is not found: the id it sent, as it sent it — never the internal key or
 * type name the domain looked up (which may even be another object than the one named, e.g. an application's
 * offer). The id is the field's {@code ID} argument that was not found, or its only one.
 */
final class NotFoundMessages {

    private NotFoundMessages() {
    }

    static String of(NotFoundException missing, DataFetchingEnvironment env) {
        List<String> sent = env.getFieldDefinition().getArguments().stream()
                .filter(NotFoundMessages::isId)
                .map(argument -> env.getArgument(argument.getName()))
                .filter(String.class::isInstance).map(String.class::cast)
                .toList();
        String named = sent.stream().filter(id -> names(id, missing.id())).findFirst()
                .orElse(sent.size() == 1 ? sent.get(0) : null);
        return named == null ? "Not found, or not something you may see"
                : "Nothing found for id '" + named + "', or nothing you may see";
    }

    private static boolean isId(GraphQLArgument argument) {
        return GraphQLTypeUtil.unwrapNonNull(argument.getType()) instanceof GraphQLScalarType scalar
                && scalar.getName().equals(Scalars.GraphQLID.getName());
    }

    /** Whether the id sent is the key looked up: the same text, or a global id of that local id. */
    private static boolean names(String sent, String key) {
        return Objects.equals(sent, key)
                || GlobalIds.decode(sent).map(GlobalIds.GlobalId::localId).filter(key::equals).isPresent();
    }
}
