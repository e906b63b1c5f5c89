package fr.passerelle.api.graphql.scope;

import fr.passerelle.partner.model.PartnerScope;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the schema's {@code @scope} directive lets a partner client reach, field by field:
 * <ol>
 *   <li>a field with {@code @scope} needs one of its scopes (any partner scope when it lists none);</li>
 *   <li>else a field of an object type with {@code @scope} needs one of the type's;</li>
 *   <li>else a root field (query, mutation, subscription) or a field of an object with an id ({@code Node}) is
 *       closed to partner clients: what is not marked stays closed, so a feature added later opens nothing by
 *       accident;</li>
 *   <li>else (plain values, connections, edges, payloads, interface fields, {@code __typename}) the field follows
 *       the field that returned its object, which this policy already let through.</li>
 * </ol>
 */
final class ScopePolicy {

    static final String DIRECTIVE = "scope";
    private static final String ANY_OF = "anyOf";

    /** What a field needs: nothing (open), or one of {@code anyOf}; closed when {@code anyOf} is empty. */
    record Access(boolean open, Set<PartnerScope> anyOf) {

        static final Access OPEN = new Access(true, Set.of());
        static final Access CLOSED = new Access(false, Set.of());

        boolean closed() {
            return !open && anyOf.isEmpty();
        }
    }

    private final Map<String, Access> byCoordinates = new ConcurrentHashMap<>();

    /** @param parent the type the field is selected on (an object, or an interface) */
    Access accessOf(GraphQLSchema schema, GraphQLType parent, GraphQLFieldDefinition field) {
        if (!(parent instanceof GraphQLObjectType object) || field.getName().startsWith("__")) {
            return Access.OPEN;
        }
        return byCoordinates.computeIfAbsent(object.getName() + "." + field.getName(),
                coordinates -> decide(schema, object, field));
    }

    private static Access decide(GraphQLSchema schema, GraphQLObjectType parent, GraphQLFieldDefinition field) {
        Optional<Set<PartnerScope>> own = scopes(field);
        if (own.isPresent()) {
            return new Access(false, own.get());
        }
        Optional<Set<PartnerScope>> ofType = scopes(parent);
        if (ofType.isPresent()) {
            return new Access(false, ofType.get());
        }
        boolean root = parent == schema.getQueryType() || parent == schema.getMutationType()
                || parent == schema.getSubscriptionType();
        boolean entity = parent.getInterfaces().stream()
                .anyMatch(type -> type instanceof GraphQLInterfaceType i && i.getName().equals("Node"));
        return root || entity ? Access.CLOSED : Access.OPEN;
    }

    private static Optional<Set<PartnerScope>> scopes(GraphQLDirectiveContainer element) {
        GraphQLAppliedDirective directive = element.getAppliedDirective(DIRECTIVE);
        if (directive == null) {
            return Optional.empty();
        }
        List<?> names = directive.getArgument(ANY_OF) == null ? null : directive.getArgument(ANY_OF).getValue();
        if (names == null) {
            return Optional.of(EnumSet.allOf(PartnerScope.class));
        }
        Set<PartnerScope> scopes = EnumSet.noneOf(PartnerScope.class);
        names.forEach(name -> scopes.add(PartnerScope.valueOf(String.valueOf(name))));
        return Optional.of(scopes);
    }
}
