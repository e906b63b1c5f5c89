package fr.passerelle.api.graphql;

import fr.passerelle.membership.model.Actor;
import java.util.Collection;
import java.util.Map;

/** Loads the objects of one Node type that the actor may see, for {@code node} and {@code nodes}. */
public interface NodeLoader {

    /** The GraphQL type name, as written in global ids. */
    String type();

    /** Visible objects by local id; ids missing from the map are absent or hidden. One read for all ids. */
    Map<String, Object> load(Actor actor, Collection<String> localIds);
}
