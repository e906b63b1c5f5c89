package fr.passerelle.api.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What every {@code @BatchMapping} ends with: each parent matched to the value read for its key. */
public final class Batches {

    private Batches() {
    }

    /**
     * The value of each parent whose key was found; parents left out resolve to null (a hidden or missing
     * relation), as Spring for GraphQL does for parents absent from a batch result. A parent without a key (no
     * relation at all) is left out too, whatever map holds the values (an immutable one refuses null lookups).
     */
    public static <P, V> Map<P, V> byParent(List<P> parents, Function<P, String> keyOf, Map<String, V> valuesByKey) {
        Map<P, V> result = new HashMap<>();
        parents.forEach(parent -> {
            String key = keyOf.apply(parent);
            V value = key == null ? null : valuesByKey.get(key);
            if (value != null) {
                result.put(parent, value);
            }
        });
        return result;
    }
}
