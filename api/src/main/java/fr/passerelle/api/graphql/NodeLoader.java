package fr.passerelle.api.graphql;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.model.Aggregate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Map;

/** Loads the objects of one Node type that the actor may see, for {@code node} and {@code nodes}. */
public interface NodeLoader {

    /** The GraphQL type name, as written in global ids. */
    String type();

    /** Visible objects by local id; ids missing from the map are absent or hidden. One read for all ids. */
    Map<String, Object> load(Actor actor, Collection<String> localIds);

    /** The views of loaded aggregates, by local id. */
    static <T extends Aggregate> Map<String, Object> byId(List<T> aggregates, Function<T, ?> view) {
        return byId(aggregates, Aggregate::id, view);
    }

    /** The views of loaded objects, by the local id {@code idOf} reads. */
    static <T> Map<String, Object> byId(List<T> objects, Function<T, String> idOf, Function<T, ?> view) {
        return objects.stream().collect(Collectors.toMap(idOf, view));
    }
}
