package fr.passerelle.api.graphql;

import fr.passerelle.membership.model.Actor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code node} and {@code nodes}: one read per type whatever the number of ids, authorised like any field. */
@Controller
class NodeController {

    static final int MAX_IDS = 100;

    private final Map<String, NodeLoader> loaders;

    NodeController(List<NodeLoader> loaders) {
        this.loaders = loaders.stream().collect(Collectors.toUnmodifiableMap(NodeLoader::type, Function.identity()));
    }

    @QueryMapping
    Object node(@Argument String id, @ContextValue Actor actor) {
        return nodes(List.of(id), actor).get(0);
    }

    @QueryMapping
    List<Object> nodes(@Argument List<String> ids, @ContextValue Actor actor) {
        if (ids.size() > MAX_IDS) {
            throw new InvalidArgumentException("nodes takes at most " + MAX_IDS + " ids");
        }
        Map<String, Set<String>> localIdsByType = new HashMap<>();
        for (String id : ids) {
            GlobalIds.decode(id).filter(g -> loaders.containsKey(g.type()))
                    .ifPresent(g -> localIdsByType.computeIfAbsent(g.type(), t -> new LinkedHashSet<>()).add(g.localId()));
        }
        Map<String, Map<String, Object>> found = new HashMap<>();
        localIdsByType.forEach((type, localIds) -> found.put(type, loaders.get(type).load(actor, localIds)));
        List<Object> result = new ArrayList<>(ids.size());
        for (String id : ids) {
            result.add(GlobalIds.decode(id)
                    .flatMap(g -> Optional.ofNullable(found.getOrDefault(g.type(), Map.of()).get(g.localId())))
                    .orElse(null));
        }
        return result;
    }
}
